import { spawn } from "node:child_process";
import { E2E } from "../config";

/**
 * Publishes a generated test picture and tone into a room of the e2e local cloud by RTMP, as a
 * TRTC client's bypass push would, and resolves when the push has ended (ffmpeg exits).
 */
export function pushTestStream(options: {
  sdkAppId: number;
  roomId: string;
  userId: string;
  seconds: number;
  streamId?: string;
}): Promise<void> {
  const streamId = options.streamId ?? `${options.sdkAppId}_${options.roomId}_${options.userId}_main`;
  const url = `rtmp://127.0.0.1:${E2E.localCloudRtmpPort}/trtc_${options.sdkAppId}/${streamId}?roomid=${options.roomId}&userid=${options.userId}`;
  const args = [
    "-v",
    "error",
    "-re",
    "-f",
    "lavfi",
    "-i",
    "testsrc2=size=320x180:rate=15",
    "-f",
    "lavfi",
    "-i",
    "sine=frequency=440",
    "-t",
    String(options.seconds),
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    "-g",
    "15",
    "-pix_fmt",
    "yuv420p",
    "-c:a",
    "aac",
    "-f",
    "flv",
    url,
  ];
  return new Promise((resolve, reject) => {
    const ffmpeg = spawn(process.env.FFMPEG_PATH ?? "ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    ffmpeg.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    ffmpeg.on("error", reject);
    ffmpeg.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`the test push failed (${code}): ${stderr.trim()}`)),
    );
  });
}
