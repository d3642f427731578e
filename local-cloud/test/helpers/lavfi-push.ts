import { spawn } from "node:child_process";

export interface LavfiPush {
  /** Resolves with ffmpeg's exit code once the publish is over. */
  exited: Promise<number | null>;
  /** SIGKILL, like a publisher's network dropping. */
  stop(): Promise<void>;
}

export interface LavfiPushOptions {
  /**
   * Also writes exactly what is published (the same encoded packets, through the tee muxer) into
   * this FLV file, so a test can compare recorded packets with published ones.
   */
  copyTo?: string;
  /** The lavfi video source instead of the moving test pattern, e.g. a still `color=c=gray` (frozen). */
  video?: string;
  /** The lavfi audio source instead of the 440 Hz tone, e.g. `aevalsrc=0` (silence). */
  audio?: string;
}

const pushes = new Set<LavfiPush>();

/**
 * Publishes `seconds` of a generated low-resolution test stream (H.264 with a short GOP + AAC) to
 * an RTMP URL in real time: light enough to run several at once on a small machine.
 */
export function startLavfiPush(url: string, seconds: number, options: LavfiPushOptions = {}): LavfiPush {
  const output = options.copyTo
    ? // The tee muxer cannot tell the encoders that FLV wants global headers.
      ["-flags", "+global_header", "-map", "0:v", "-map", "1:a", "-f", "tee", `[f=flv]${url}|[f=flv]${options.copyTo}`]
    : ["-f", "flv", url];
  const args = [
    ...["-hide_banner", "-loglevel", "error", "-nostdin", "-re"],
    ...["-f", "lavfi", "-i", options.video ?? "testsrc2=size=320x180:rate=15"],
    ...["-f", "lavfi", "-i", options.audio ?? "sine=frequency=440:sample_rate=44100"],
    ...["-t", String(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "8"],
    ...["-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "64k", ...output],
  ];
  const child = spawn(process.env.FFMPEG_PATH ?? "ffmpeg", args, { stdio: "ignore" });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const push: LavfiPush = {
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
  pushes.add(push);
  void exited.then(() => pushes.delete(push));
  return push;
}

/** For afterEach/afterAll: no push outlives its test. */
export async function stopAllLavfiPushes(): Promise<void> {
  await Promise.all([...pushes].map((push) => push.stop()));
}
