import type { PGlite } from "@electric-sql/pglite";
import type { CallbackOutbox } from "../callbacks/callback-outbox";
import type { TrtcCallbackConfig } from "../callbacks/trtc-callback-config";
import type { Logger } from "../core/logger";
import type { Teardown } from "../core/teardown";
import type { ProcessSupervisor } from "../media/ffmpeg/process-supervisor";
import { StreamRecorder } from "../media/recorder/stream-recorder";
import type { Relay } from "../media/relay/relay";
import type { MediaSink, RecordingConfigSource } from "../recording/contracts";
import { CLOUD_RECORDING_OUTLET, cloudRecordingOutlet } from "../services/trtc/models/cloud-recording-outlet";
import type { usageRecorders } from "../usage/usage-sources";

export interface RecorderDeps {
  db: PGlite;
  dataDir: string;
  host: string;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  relay: Relay;
  /** CSS's record rules (live service). */
  config: RecordingConfigSource;
  pushDomain: () => string;
  /** Where finished files go (VOD's library). */
  media: MediaSink;
  callbacks: CallbackOutbox;
  callbackConfig: TrtcCallbackConfig;
  usageFrom: ReturnType<typeof usageRecorders>;
  logger: Logger;
}

/**
 * The recorder serves two APIs: CSS recording (live's rules, files to VOD) and TRTC cloud-recording tasks
 * (through their outlet). It records from the relay, so it comes after TRTC, which owns the relay.
 */
export function startRecorder(deps: RecorderDeps, teardown: Teardown): StreamRecorder {
  const { relay, callbacks, callbackConfig } = deps;
  const recorder = new StreamRecorder({
    db: deps.db,
    dataDir: deps.dataDir,
    supervisor: deps.supervisor,
    ffmpegPath: deps.ffmpegPath,
    relayBaseUrl: () => `rtmp://${deps.host}:${relay.port}`,
    dropPlayers: (streamPath) => relay.dropPlayers(streamPath),
    config: deps.config,
    pushDomain: deps.pushDomain,
    media: deps.media,
    callbacks,
    logger: deps.logger,
    outlets: {
      [CLOUD_RECORDING_OUTLET]: cloudRecordingOutlet({
        recordingCallbackOf: (sdkAppId) => callbackConfig.targetFor(sdkAppId, "recording"),
        callbacks,
        onFile: deps.usageFrom.taskFile,
      }),
    },
    onCssFile: deps.usageFrom.cssFile,
  });
  // Runs before the relay, VOD and callbacks stop: ends the recorder ffmpegs, leaving their files for the next start.
  teardown.add("recorder", () => recorder.close());
  return recorder;
}
