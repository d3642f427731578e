import { spawn, type ChildProcess } from "node:child_process";

export interface RtmpPush {
  process: ChildProcess;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const pushes = new Set<RtmpPush>();

/**
 * Publishes a file to the relay the way any RTMP client would (`ffmpeg -re -i file -c copy -f flv`).
 * `loop` keeps it publishing until stopped or kicked.
 */
export function startRtmpPush(file: string, url: string, { loop = false } = {}): RtmpPush {
  const args = ["-hide_banner", "-loglevel", "error", "-nostdin", "-re", ...(loop ? ["-stream_loop", "-1"] : [])];
  const child = spawn(process.env.FFMPEG_PATH ?? "ffmpeg", [...args, "-i", file, "-c", "copy", "-f", "flv", url], {
    stdio: "ignore",
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const push: RtmpPush = {
    process: child,
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
export async function stopAllPushes(): Promise<void> {
  await Promise.all([...pushes].map((push) => push.stop()));
}
