import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRE_ROLL_QUERY } from "../src/media/relay/pre-roll";
import { startLavfiPush, stopAllLavfiPushes } from "./helpers/lavfi-push";
import { removeDataDir, startTestCloud, TEST_APP, type TestCloud } from "./helpers/test-cloud";

const run = promisify(execFile);
const FFPROBE = process.env.FFPROBE_PATH ?? "ffprobe";

/*
 * Tencent records a stream from its first frame; the local cloud's recorders connect to the relay a
 * moment after the publish starts. A player asking for the pre-roll gets the publish's media from
 * its first frame; any other gets node-media-server's usual start at the latest key frame.
 */
describe("the relay's pre-roll", () => {
  let env: TestCloud;
  beforeAll(async () => {
    env = await startTestCloud();
  });
  afterAll(async () => {
    await stopAllLavfiPushes();
    await env.cloud.close();
    await removeDataDir(env.dataDir);
  });

  const streamUrl = (query = "") =>
    `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/preroll_main${query ? `?${query}` : ""}`;

  /** The time of the first video packet a new player of the stream gets. */
  async function firstVideoPacketSeconds(url: string): Promise<number> {
    const { stdout } = await run(FFPROBE, [
      ...["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time"],
      ...["-read_intervals", "%+#1", "-of", "csv=p=0", url],
    ]);
    return Number(stdout.trim().split("\n")[0]);
  }

  /** Resolves once a player of the stream has seen media at `seconds` or later: the stream is that old. */
  function streamReaches(url: string, seconds: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const probe = spawn(FFPROBE, [
        ...["-v", "error", "-select_streams", "v:0", "-show_entries", "packet=pts_time", "-of", "csv=p=0", url],
      ]);
      let buffered = "";
      probe.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        if (lines.some((line) => Number(line) >= seconds)) {
          probe.kill("SIGKILL");
          resolve();
        }
      });
      probe.once("exit", (code) => reject(new Error(`ffprobe ended (${code}) before ${seconds} s of the stream`)));
    });
  }

  it("gives a player that asks for it the stream from its first frame, and others the latest key frame", async () => {
    startLavfiPush(`${streamUrl()}?roomid=77&userid=preroll`, 30);
    await streamReaches(streamUrl(), 3);
    expect(await firstVideoPacketSeconds(streamUrl(`${PRE_ROLL_QUERY}=1`))).toBeLessThan(0.5);
    // The push's key frames are about half a second apart (-g 8 at 15 fps).
    expect(await firstVideoPacketSeconds(streamUrl())).toBeGreaterThanOrEqual(2);
  });
});
