import "server-only";
import type { ActionError } from "@/lib/actions/result";
import { msg } from "@/lib/i18n/message";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import { foreignRecordingProblem } from "@/lib/recordings/recording-owner";
import type { RecordingDto } from "@/lib/recordings/types";

export type OwnedRecording = { ok: true; recording: RecordingDto } | { ok: false; error: ActionError };

const vodApplicationName = (subAppId: number | null) =>
  subAppId === null
    ? msg("recordings.errors.defaultVodApplication")
    : msg("recordings.errors.vodApplication", { id: subAppId });

/**
 * A VOD file as VOD describes it now (DescribeMediaInfos), when it is the selected application's
 * to change. Asked of VOD, not taken from the browser: a FileId is all a request needs to name
 * another app's file, and the library only ever lists the selected app's.
 */
export async function findOwnedRecording(
  fileId: string,
  subAppId: number | null,
  application: CurrentApplication,
): Promise<OwnedRecording> {
  const recording = await describeMediaInfos(fileId, subAppId);
  if (!recording)
    return {
      ok: false,
      error: {
        code: "NOT_FOUND",
        message: msg("recordings.errors.notInVod", { fileId, vod: vodApplicationName(subAppId) }),
      },
    };
  const problem = foreignRecordingProblem(recording, application);
  return problem ? { ok: false, error: { code: "WRONG_APPLICATION", message: problem } } : { ok: true, recording };
}
