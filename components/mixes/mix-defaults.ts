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
 * The room's users as mix inputs, in join order. TRTC's room queries do not say which streams each
 * user publishes, so the preview takes everyone's camera (main) stream; a tile can still be
 * pinned to someone's screen share (aux) in the editor.
 */
export function roomInputs(users: readonly RoomUser[]): MixInput[] {
  return [...users]
    .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
    .map((user) => ({ userId: user.userId, streamType: 0, hasVideo: true }));
}

/** Users the operator typed (when the room queries cannot list them), as mix inputs in that order. */
export function typedInputs(text: string): MixInput[] {
  return [...new Set(splitUserIds(text))].map((userId) => ({ userId, streamType: 0, hasVideo: true }));
}
