import { spawn } from "node:child_process";
import { expect } from "@playwright/test";
import { LOCAL_CLOUD_DEFAULTS } from "@shared/local-cloud-defaults";
import { E2E, localCloudUrl } from "../config";
import type { LocalCloudFixture } from "../fixtures";

/** The local cloud's solid-colour sample clips (red-360p, green-360p, blue-720p, yellow-720p). */
export type SampleColour = "red" | "green" | "blue" | "yellow";

/** A TRTC room or media event as the local cloud queued it (`GET /_local/callbacks`). */
interface RoomEventDelivery {
  id: number;
  status: "pending" | "delivered" | "failed";
  body: { EventGroupId?: number; EventType?: number; EventInfo?: { RoomId?: number | string; UserId?: string } };
}

const ENTER = 103;
const EXIT = 104;
const DISMISS = 102;

async function roomEventDeliveries(roomId: string): Promise<RoomEventDelivery[]> {
  const response = await fetch(`${localCloudUrl}/_local/callbacks`);
  expect(response.ok, "the local cloud lists its callback deliveries").toBe(true);
  const { deliveries } = (await response.json()) as { deliveries: RoomEventDelivery[] };
  return deliveries
    .filter((delivery) => delivery.body.EventGroupId === 1 && String(delivery.body.EventInfo?.RoomId) === roomId)
    .sort((a, b) => a.id - b.id);
}

/**
 * Who the local cloud says is in a room, from the 103/104/102 it sent (the default apps have no
 * monitoring package, so DescribeUserInfo is refused): `delivered` only counts events the console
 * answered, i.e. folded. The deliveries carry no SdkAppId, so specs use room ids of their own.
 */
export async function usersInRoomByEvents(
  roomId: string,
  options: { isDeliveredOnly?: boolean } = {},
): Promise<string[]> {
  const present = new Set<string>();
  for (const delivery of await roomEventDeliveries(roomId)) {
    if (options.isDeliveredOnly && delivery.status !== "delivered") continue;
    const userId = delivery.body.EventInfo?.UserId ?? "";
    if (delivery.body.EventType === ENTER) present.add(userId);
    if (delivery.body.EventType === EXIT) present.delete(userId);
    if (delivery.body.EventType === DISMISS) present.clear();
  }
  return [...present].sort();
}

/**
 * Puts participants in a room, one after the other (join order is what templates lay out by),
 * each publishing a sample clip of its colour in a loop, and resolves once the console has been
 * told of each (its 103 delivered). They stay until the spec removes them or the fixture resets
 * the local cloud.
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
      .poll(() => usersInRoomByEvents(roomId, { isDeliveredOnly: true }), {
        message: `the console is told that ${colour} entered room ${roomId} (are TRTC's callbacks pointed at it?)`,
      })
      .toEqual([...present].sort());
  }
}

/**
 * Publishes a user's sub-stream (screen share) into a room over RTMP, the way TRTC's bypass push
 * URLs carry the enterRoom parameters: a sample clip in a loop until `stop()`.
 */
export function pushScreenShare(options: { roomId: string; userId: string; sampleUrl: string; sdkAppId?: number }): {
  stop(): Promise<void>;
} {
  const sdkAppId = options.sdkAppId ?? LOCAL_CLOUD_DEFAULTS.sdkAppId;
  const query = new URLSearchParams({ roomid: options.roomId, userid: options.userId, streamtype: "aux" });
  const url = `rtmp://127.0.0.1:${E2E.localCloudRtmpPort}/trtc_${sdkAppId}/${options.userId}_aux?${query.toString()}`;
  const args = ["-hide_banner", "-loglevel", "error", "-nostdin", "-re", "-stream_loop", "-1"];
  const child = spawn(
    process.env.FFMPEG_PATH ?? "ffmpeg",
    [...args, "-i", options.sampleUrl, "-c", "copy", "-f", "flv", url],
    {
      stdio: "ignore",
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
