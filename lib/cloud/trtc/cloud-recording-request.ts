import type {
  CreateCloudRecordingRequest,
  MixLayoutParams,
  SubscribeStreamUserIds,
} from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { StartTaskInput, Subscription } from "@/lib/schemas/task";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { generateUserSig } from "../user-sig";
import {
  toMixLayoutParams,
  toMixTranscodeParams,
  toRecordParams,
  toStorageParams,
  toSubscribeStreamUserIds,
} from "./task-params";

/** Describe/Modify/Delete keep working this long after the start (ResourceExpiredHour, 6–720). */
const RESOURCE_EXPIRED_HOURS = 72;
/** The bot's UserSig must outlive the task; a month covers any task the console starts. */
const BOT_SIG_SECONDS = 30 * 24 * 3600;

/** The recorder bot a task signs in as: its own user id per task, signed with the app's SDK secret key. */
export interface RecorderBot {
  sdkAppId: number;
  sdkSecretKey: string;
  userId: string;
}

/** An audio-only mix has no picture to encode: only its audio parameters are sent. */
function mixTranscodeParams(input: StartTaskInput) {
  const params = toMixTranscodeParams(input.output);
  return input.streamType === 1 ? { AudioParams: params.AudioParams } : params;
}

/** CreateCloudRecording's request; the UserSig is signed here and never stored or logged. */
export function createCloudRecordingRequest(input: StartTaskInput, bot: RecorderBot): CreateCloudRecordingRequest {
  const isMixed = input.recordMode === "mixed";
  return {
    SdkAppId: bot.sdkAppId,
    RoomId: input.roomId,
    RoomIdType: isIntegerRoomId(input.roomId) ? 1 : 0,
    UserId: bot.userId,
    UserSig: generateUserSig({ ...bot, expireSeconds: BOT_SIG_SECONDS }),
    RecordParams: toRecordParams(input),
    StorageParams: toStorageParams(input),
    ...(isMixed ? { MixTranscodeParams: mixTranscodeParams(input) } : {}),
    ...(isMixed ? { MixLayoutParams: toMixLayoutParams(input.layout) } : {}),
    ResourceExpiredHour: RESOURCE_EXPIRED_HOURS,
  };
}

/** ModifyCloudRecording replaces both: the full layout (mixed tasks) and the full subscription. */
export function modifyCloudRecordingParts(
  recordMode: StartTaskInput["recordMode"],
  layout: RecordingLayout,
  subscription: Subscription,
): { MixLayoutParams?: MixLayoutParams; SubscribeStreamUserIds: SubscribeStreamUserIds } {
  return {
    ...(recordMode === "mixed" ? { MixLayoutParams: toMixLayoutParams(layout) } : {}),
    SubscribeStreamUserIds: toSubscribeStreamUserIds(subscription),
  };
}
