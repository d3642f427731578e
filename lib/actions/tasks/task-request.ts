import "server-only";
import { randomBytes } from "node:crypto";
import type { CreateCloudRecordingRequest } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_models";
import { generateUserSig } from "@/lib/cloud/user-sig";
import {
  toMixLayoutParams,
  toMixTranscodeParams,
  toRecordParams,
  toStorageParams,
  toSubscribeStreamUserIds,
} from "@/lib/layouts/task-params";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import type { StartTaskInput, Subscription, TaskLayout } from "@/lib/schemas/task";

/** Describe/Modify/Delete keep working this long after the start (ResourceExpiredHour, 6–720). */
const RESOURCE_EXPIRED_HOURS = 72;
/** The bot's UserSig must outlive the task; a month covers any task the console starts. */
const BOT_SIG_SECONDS = 30 * 24 * 3600;

/** A bot user id of its own per task: reusing one in a room kicks the earlier task (reference §2.2). */
export const newBotUserId = (): string => `recorder_${randomBytes(6).toString("hex")}`;

/** An audio-only mix has no picture to encode: only its audio parameters are sent. */
function mixTranscodeParams(input: StartTaskInput) {
  const params = toMixTranscodeParams(input.output);
  return input.streamType === 1 ? { AudioParams: params.AudioParams } : params;
}

/** CreateCloudRecording's request; the UserSig is signed here and never stored or logged. */
export function createCloudRecordingRequest(
  input: StartTaskInput,
  bot: { sdkAppId: number; sdkSecretKey: string; userId: string },
): CreateCloudRecordingRequest {
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
  layout: TaskLayout,
  subscription: Subscription,
) {
  return {
    ...(recordMode === "mixed" ? { MixLayoutParams: toMixLayoutParams(layout) } : {}),
    SubscribeStreamUserIds: toSubscribeStreamUserIds(subscription),
  };
}
