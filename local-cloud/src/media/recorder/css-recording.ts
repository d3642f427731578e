import type { CallbackSink, RecordingConfigSource, StoredMedia } from "../../recording/contracts";
import type { RecordedStream } from "./recorded-stream";
import { recordFileEventBody, recordStatusEventBody } from "./recorder-events";
import { recordingNameId, renderRecordingName } from "./recording-name";
import type { FinishedFile, RecordingOutlet, RecordingSource } from "./recording-plan";

export const CSS_SOURCE_ID = "css";

/** Hears of every file CSS recording finishes (the usage ledger). */
export type CssFileListener = (file: FinishedFile, media: StoredMedia) => Promise<void>;

/**
 * CSS's record rules as a recording source (the legacy regime): every TRTC stream of an app, or
 * only chosen ones, as the rules bound to the app's push domain and path say. A cloud-recording
 * task's mix is the task's own and never recorded by CSS.
 */
export function cssRecordingSource(config: RecordingConfigSource): RecordingSource {
  return {
    id: CSS_SOURCE_ID,
    planFor: async (stream: RecordedStream) => {
      if (stream.mix?.kind === "task") return null;
      const recordingConfig = await config.configForStream({
        domain: stream.domain,
        appName: stream.appName,
        streamName: stream.streamId,
        isChosen: Boolean(stream.userDefineRecordId || stream.mix?.recordId),
      });
      if (!recordingConfig) return null;
      return {
        config: recordingConfig,
        tracks: stream.mix?.recordAudioOnly ? "audio" : "audio+video",
        owner: { kind: CSS_SOURCE_ID, sourceId: CSS_SOURCE_ID, data: {} },
      };
    },
  };
}

/**
 * Finishes CSS recordings: names per §5.1 (or the template's `VodFileName`), event 100 to the app's
 * `RecordNotifyUrl` and event 332 to its `RecordStatusNotifyUrl`, signed with md5(key + t).
 */
export function cssRecordingOutlet(options: {
  config: RecordingConfigSource;
  callbacks: CallbackSink;
  onFile?: CssFileListener;
}): RecordingOutlet {
  const targetOf = (stream: RecordedStream) =>
    options.config.callbackTargetFor({ domain: stream.domain, appName: stream.appName });
  return {
    describe: (file) => ({
      name: renderRecordingName(
        file.record.settings.vodFileName,
        recordingNameId(file.record.stream),
        file.startMs,
        file.endMs,
      ),
    }),
    stored: async (file, finalized, media) => {
      const target = await targetOf(file.record.stream);
      if (target?.recordNotifyUrl) {
        await options.callbacks.enqueue({
          url: target.recordNotifyUrl,
          body: recordFileEventBody(finalized, media),
          signing: { kind: "css", key: target.callbackKey },
          eventKey: `record-file:${file.record.id}`,
        });
      }
      await options.onFile?.(file, media);
    },
    status: async (stream, event, detail) => {
      const target = await targetOf(stream);
      if (!target?.recordStatusNotifyUrl) return;
      await options.callbacks.enqueue({
        url: target.recordStatusNotifyUrl,
        body: recordStatusEventBody(stream, event, detail),
        signing: { kind: "css", key: target.callbackKey },
        eventKey: `record-status:${detail.sessionId}:${detail.seq}`,
      });
    },
  };
}
