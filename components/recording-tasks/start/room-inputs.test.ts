import { describe, expect, it } from "vitest";
import type { RoomUser } from "@/lib/rooms/types";
import { roomInputs } from "./room-inputs";

const user = (userId: string, joinedAt: string, media: Partial<RoomUser>): RoomUser => ({
  userId,
  joinedAt,
  role: "anchor",
  hasVideo: false,
  videoSince: null,
  hasAudio: false,
  audioSince: null,
  hasSubStream: false,
  subStreamSince: null,
  ...media,
});

describe("roomInputs", () => {
  it("mixes what each user publishes, in join order: camera, audio only, screen share; not a silent viewer", () => {
    const users = [
      user("screen", "2026-01-05T09:00:03.000Z", { hasSubStream: true, hasAudio: true }),
      user("camera", "2026-01-05T09:00:01.000Z", { hasVideo: true, hasAudio: true }),
      user("viewer", "2026-01-05T09:00:00.000Z", {}),
      user("voice", "2026-01-05T09:00:02.000Z", { hasAudio: true }),
    ];
    expect(roomInputs(users)).toEqual([
      { userId: "camera", streamType: 0, hasVideo: true },
      { userId: "voice", streamType: 0, hasVideo: false },
      { userId: "screen", streamType: 0, hasVideo: false },
      { userId: "screen", streamType: 1, hasVideo: true },
    ]);
  });
});
