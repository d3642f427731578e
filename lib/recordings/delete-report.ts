import type { ActionError, ActionErrorCode } from "@/lib/actions/result";

/** A file a bulk delete left in VOD, and why (each reason names its FileId). */
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

/** The refusal of a delete that removed nothing: every file's reason, under the first one's code. */
export function nothingDeletedError(report: DeleteReport): ActionError {
  const [first] = report.notDeleted;
  const reasons = report.notDeleted.map((file) => file.reason).join(" ");
  if (report.notDeleted.length === 1 && first) return { code: first.code, message: first.reason };
  return {
    code: first?.code ?? "NOT_FOUND",
    message: `None of the ${report.notDeleted.length} recordings was deleted. ${reasons}`,
  };
}
