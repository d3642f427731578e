import { expect } from "@playwright/test";
import { LOCAL_CLOUD_DEFAULTS } from "../../local-cloud/src/defaults";
import type { LocalCloudFixture } from "../fixtures";

/** The local cloud's solid-colour sample clips (red-360p, green-360p, blue-720p, yellow-720p). */
export type SampleColour = "red" | "green" | "blue" | "yellow";

/**
 * Puts participants in a room, one after the other (join order is what templates lay out by),
 * each publishing a sample clip of its colour in a loop, and resolves once all are in the room.
 * They stay until the spec removes them or the fixture resets the local cloud.
 */
export async function joinColourParticipants(
  localCloud: LocalCloudFixture,
  roomId: string,
  colours: readonly SampleColour[],
  sdkAppId: number = LOCAL_CLOUD_DEFAULTS.sdkAppId,
): Promise<void> {
  const present: string[] = [];
  for (const colour of colours) {
    const sample = localCloud.samples.find((entry) => entry.name.startsWith(`${colour}-`));
    if (!sample) throw new Error(`the local cloud offers no ${colour} sample clip`);
    await localCloud.trtc.StartStreamIngest({
      SdkAppId: sdkAppId,
      RoomId: roomId,
      RoomIdType: /^\d+$/.test(roomId) ? 1 : 0,
      UserId: colour,
      UserSig: "unused-by-the-local-cloud",
      StreamUrl: sample.url,
      RepeatNum: -1,
      MaxDuration: 10,
    });
    present.push(colour);
    await expect
      .poll(async () => (await localCloud.usersInRoom(roomId, sdkAppId)).sort(), {
        message: `${colour} enters room ${roomId}`,
      })
      .toEqual([...present].sort());
  }
}
