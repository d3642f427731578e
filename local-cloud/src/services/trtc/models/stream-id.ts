import { createHash } from "node:crypto";

export type StreamType = "main" | "aux";

const SAFE_STREAM_PART = /^[A-Za-z0-9_-]+$/;

/** The relay path (AppName) of an app's streams, as in the push domain rules (ARCHITECTURE.md). */
export const streamAppName = (sdkAppId: number) => `trtc_${sdkAppId}`;

export function sdkAppIdOfStreamApp(app: string): number | undefined {
  const match = /^trtc_([1-9][0-9]{0,11})$/.exec(app);
  return match?.[1] ? Number(match[1]) : undefined;
}

/**
 * TRTC's default bypass stream id `<SdkAppId>_<RoomId>_<UserId>_<main|aux>`. When the room or user
 * id has characters outside `[A-Za-z0-9_-]`, TRTC hashes that part instead
 * (`<SdkAppId>_md5(<RoomId>_<UserId>_<type>)`, its CDN relay doc); stream names must stay URL-safe.
 */
export function defaultStreamId(sdkAppId: number, roomId: string, userId: string, streamType: StreamType): string {
  if (SAFE_STREAM_PART.test(roomId) && SAFE_STREAM_PART.test(userId)) {
    return `${sdkAppId}_${roomId}_${userId}_${streamType}`;
  }
  const digest = createHash("md5").update(`${roomId}_${userId}_${streamType}`).digest("hex");
  return `${sdkAppId}_${digest}`;
}
