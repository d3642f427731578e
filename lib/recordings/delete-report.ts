import type { ActionError, ActionErrorCode } from "@/lib/actions/result";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/i18n/message-text";

/** A file a bulk delete left in VOD, and why (each reason, a `msg` string, names its FileId). */
export interface NotDeletedFile {
  fileId: string;
  code: ActionErrorCode;
  reason: string;
}

/** What a delete of several recordings did, file by file. */
export interface DeleteReport {
  deleted: string[];
  notDeleted: NotDeletedFile[];
}

/**
 * The refusal of a delete that removed nothing: every file's reason, under the first one's code.
 * Several reasons are put into words here, in the requester's `locale`: a list of any length is
 * no one message, and each reason is a whole sentence of its own.
 */
export function nothingDeletedError(report: DeleteReport, locale: Locale = DEFAULT_LOCALE): ActionError {
  const [first] = report.notDeleted;
  if (report.notDeleted.length === 1 && first) return { code: first.code, message: first.reason };
  const reasons = report.notDeleted.map((file) => messageText(file.reason, locale)).join(" ");
  return {
    code: first?.code ?? "NOT_FOUND",
    message: msg("recordings.errors.noneDeleted", { count: report.notDeleted.length, reasons }),
  };
}
