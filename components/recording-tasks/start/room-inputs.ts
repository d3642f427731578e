import type { MixInput } from "@shared/layouts/types";
import type { RoomUser } from "@/lib/rooms/types";
import { splitUserIds } from "@/lib/schemas/user-id-list";

// Apart from the form's defaults (./mix-defaults): the room's page needs these before the mix form
// loads, and the defaults' schema module would bring zod with them.

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
