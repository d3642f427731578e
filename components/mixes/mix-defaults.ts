import type { MixInput } from "@/lib/layouts/types";
import type { RoomUser } from "@/lib/rooms/types";
import { DEFAULT_MIX_AUDIO, MIX_OUTPUT_PRESETS, type MixLayout, type MixOutput } from "@/lib/schemas/mix";
import { splitUserIds } from "@/lib/schemas/task";

/** The RecordId the form proposes: `<SdkAppId>_room<RoomId>` (the convention). */
export const defaultRecordId = (sdkAppId: number, roomId: string) => `${sdkAppId}_room${roomId}`;
/** A stream id of the mix's own: it must differ from every user's stream id. */
export const defaultStreamId = (sdkAppId: number, roomId: string) => `${sdkAppId}_room${roomId}_mix`;

export const defaultMixOutput = (): MixOutput => ({ ...MIX_OUTPUT_PRESETS["360p"], ...DEFAULT_MIX_AUDIO });

export const defaultMixLayout = (): MixLayout => ({
  template: "grid",
  mainUserId: "",
  mainStreamType: 0,
  mainRightAlign: false,
  mixVideoUserIds: [],
  renderMode: "default",
  backgroundColor: "#000000",
  small: null,
  slots: [],
});

/**
 * The room's publishers as mix inputs, in join order, from what TRTC's media events say each
 * publishes: the main stream (camera and microphone; a tile without video when only audio is on)
 * and the sub-stream (screen share) as its own input. Users who publish nothing are not mixed.
 */
export function roomInputs(users: readonly RoomUser[]): MixInput[] {
  return [...users]
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
    .flatMap((user): MixInput[] => [
      ...(user.hasVideo || user.hasAudio
        ? [{ userId: user.userId, streamType: 0 as const, hasVideo: user.hasVideo }]
        : []),
      ...(user.hasSubStream ? [{ userId: user.userId, streamType: 1 as const, hasVideo: true }] : []),
    ]);
}

/** Users the operator typed (when the console has heard of nobody in the room), as mix inputs in that order. */
export function typedInputs(text: string): MixInput[] {
  return [...new Set(splitUserIds(text))].map((userId) => ({ userId, streamType: 0, hasVideo: true }));
}
