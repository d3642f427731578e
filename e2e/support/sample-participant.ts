import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { localCloudUrl } from "../config";
import type { LocalCloudFixture } from "../fixtures";

interface Sample {
  name: string;
  url: string;
  durationSeconds: number;
}

async function firstSample(): Promise<Sample> {
  const response = await fetch(`${localCloudUrl}/_local/samples`);
  const body = (await response.json()) as { samples: Sample[] };
  const sample = body.samples[0];
  if (!sample) throw new Error("the local cloud offers no sample clips");
  return sample;
}

/**
 * Adds a participant who publishes the end of one of the local cloud's sample clips into a room
 * (StartStreamIngest, played once from `SeekSecond`), so the participant leaves by itself after
 * about `seconds` and the recording of that stream ends: no timer in the test decides when.
 * Resolves once the participant is in the room; returns the ingest task id.
 */
export async function publishSampleClip(
  localCloud: LocalCloudFixture,
  options: { roomId: string; userId: string; seconds: number; sdkAppId?: number },
): Promise<string> {
  const sample = await firstSample();
  const duration = Math.floor(sample.durationSeconds);
  if (options.seconds >= duration) throw new Error(`the sample clips last ${duration} s`);
  const { TaskId } = await localCloud.trtc.StartStreamIngest({
    SdkAppId: options.sdkAppId ?? LOCAL_CLOUD_DEFAULTS.sdkAppId,
    RoomId: options.roomId,
    RoomIdType: /^\d+$/.test(options.roomId) ? 1 : 0,
    UserId: options.userId,
    UserSig: "unused-by-the-local-cloud",
    StreamUrl: sample.url,
    RepeatNum: 1,
    SeekSecond: duration - options.seconds,
  });
  return TaskId ?? "";
}
