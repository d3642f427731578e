import type { TaskSettingsDefaults } from "@/lib/data/recording-tasks/recording-task-types";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";
import type { StartTaskInput, Subscription } from "@/lib/schemas/task";

export const everyone = (): Subscription => ({
  audio: { mode: "all", userIds: "" },
  video: { mode: "all", userIds: "" },
});

/** TencentVod.MediaType closest to the settings' formats: HLS + MP4 when both, else the one chosen, MP4 by default. */
function mediaTypeOf(formats: readonly RecordingFormat[]): StartTaskInput["mediaType"] {
  const hasHls = formats.includes("hls");
  const hasMp4 = formats.includes("mp4");
  if (hasHls && hasMp4) return 3;
  if (hasHls && !hasMp4) return 1;
  return 0;
}

/** The start form's values: retention, VOD sub-application and files from the application's settings. */
export function defaultTaskValues(roomId: string, settings: TaskSettingsDefaults): StartTaskInput {
  return {
    roomId,
    recordMode: "mixed",
    maxIdleSeconds: 30,
    streamType: 0,
    subscription: everyone(),
    mediaType: mediaTypeOf(settings.formats),
    retentionDays: settings.retentionDays,
    subAppId: settings.subAppId,
    userDefineRecordId: "",
    output: {
      width: 640,
      height: 360,
      framerate: 15,
      videoBitrateKbps: 550,
      gopSeconds: 10,
      audioSampleRate: 1,
      audioChannels: 2,
      audioBitrateKbps: 64,
    },
    layout: defaultRecordingLayout(),
    estimateInputTier: "hd",
    estimateInputCount: 0,
  };
}
