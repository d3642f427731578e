"use server";
import { getLocale } from "next-intl/server";
import { defineAction, type ActionContext } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication, type CurrentApplication } from "@/lib/data/applications/current-application";
import type { CloudErrorCode } from "@/lib/cloud/error-codes";
import { CloudError } from "@/lib/cloud/errors";
import { deleteMedia } from "@/lib/cloud/vod/delete-media";
import { msg } from "@/lib/i18n/message";
import { nothingDeletedError, type DeleteReport, type NotDeletedFile } from "@/lib/recordings/delete-report";
import { deleteRecordingsSchema } from "@/lib/schemas/recording-search";
import { findOwnedRecording } from "./owned-recording";

/** Failures that concern one file; any other (keys, service, rate limit) would fail the rest too. */
const FILE_FAILURES: ReadonlySet<CloudErrorCode> = new Set([
  "CLOUD_NOT_FOUND",
  "CLOUD_INVALID_PARAMETER",
  "CLOUD_CONFLICT",
  "CLOUD_OPERATION_FAILED",
]);

type Outcome = { isDeleted: true } | { isDeleted: false; file: NotDeletedFile; isLastTry: boolean };

async function deleteOne(
  fileId: string,
  subAppId: number | null,
  application: CurrentApplication,
  audit: ActionContext["audit"],
): Promise<Outcome> {
  try {
    const owned = await findOwnedRecording(fileId, subAppId, application);
    if (!owned.ok)
      return {
        isDeleted: false,
        file: { fileId, code: owned.error.code, reason: owned.error.message },
        isLastTry: false,
      };
    await deleteMedia(fileId, subAppId);
    await audit("recording.delete", `media:${fileId}`, { subAppId, sdkAppId: application.sdkAppId });
    return { isDeleted: true };
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    return {
      isDeleted: false,
      file: {
        fileId,
        code: error.code,
        reason: msg("recordings.errors.notDeletedBecause", { fileId, reason: error.message }),
      },
      isLastTry: !FILE_FAILURES.has(error.code),
    };
  }
}

/**
 * Deletes recordings of the selected application from VOD, files included (DeleteMedia per file;
 * operator or admin). Each file is checked against what VOD says of it first, so another app's
 * FileId is refused; one file's failure does not stop the others, and the answer says file by
 * file what went. Nothing deleted is a refusal; some deleted is a report with the rest's reasons.
 * The library refetches its search itself (TanStack Query), so no page is revalidated here.
 */
export const deleteRecordings = defineAction({
  name: "deleteRecordings",
  role: "operator",
  schema: deleteRecordingsSchema,
  handler: async (input, { db, audit }) => {
    const application = await getCurrentApplication(db);
    const subAppId = input.subAppId ?? null;
    const report: DeleteReport = { deleted: [], notDeleted: [] };
    for (const [index, fileId] of input.fileIds.entries()) {
      const outcome = await deleteOne(fileId, subAppId, application, audit);
      if (outcome.isDeleted) {
        report.deleted.push(fileId);
        continue;
      }
      report.notDeleted.push(outcome.file);
      if (outcome.isLastTry) {
        // The cloud refuses every call now: the rest are not tried, and say why.
        for (const rest of input.fileIds.slice(index + 1))
          report.notDeleted.push({
            fileId: rest,
            code: outcome.file.code,
            reason: msg("recordings.errors.notTried", { fileId: rest }),
          });
        break;
      }
    }
    return report.deleted.length === 0 ? fail(nothingDeletedError(report, await getLocale())) : ok(report);
  },
});
