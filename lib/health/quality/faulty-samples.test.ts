import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHECK_SAMPLE_CLIPS,
  MIN_FAULT_SAMPLE_DURATION_SECONDS,
  SAMPLE_CLIPS,
} from "../../../local-cloud/src/media/samples/sample-catalog";
import { eventually } from "../../../local-cloud/test/helpers/eventually";
import { seedShortSamples } from "../../../local-cloud/test/helpers/local-cloud-process";
import { startRtmpPush, stopAllPushes } from "../../../local-cloud/test/helpers/rtmp-push";
import {
  legacyApp,
  makeDataDir,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  vodClient,
  type TestCloud,
} from "../../../local-cloud/test/helpers/test-cloud";
import { recordStreamsAsMp4 } from "../../../local-cloud/test/helpers/mp4-record-rule";
import { searchMedia } from "@/lib/cloud/vod/search-media";
import { checkFile } from "./check-file";
import { DEFAULT_QUALITY_THRESHOLDS } from "./thresholds";

/*
 * The local cloud's check clips, each made to fail one check, reach VOD the way a real recording
 * does (an RTMP publish of the file into a stream with a CSS record rule) and are checked through
 * VOD's media URL with the default thresholds: each shows its own problem and no other.
 */
const EXPECTED: Record<string, string[]> = {
  "clean-180p": [],
  "fault-silence": ["silence"],
  "fault-frozen": ["frozen"],
  "fault-black": ["black"],
  "fault-shifted-audio": ["av_offset"],
  "fault-no-audio": ["no_audio"],
  "fault-drift": ["av_drift"],
};
/** Its recording loses the offset: see the last test. */
const SHIFTED = "fault-shifted-audio";

let env: TestCloud;
let recorded: Promise<Record<string, string[]>> | undefined;

beforeAll(async () => {
  // The colour clips as 1 s stand-ins: only the check clips are generated, at the shortest length that fails the defaults.
  const dataDir = await makeDataDir();
  await seedShortSamples(dataDir, undefined, SAMPLE_CLIPS);
  env = await startTestCloud({
    apps: [legacyApp(TEST_APP)],
    dataDir,
    sampleDurationSeconds: MIN_FAULT_SAMPLE_DURATION_SECONDS,
  });
  await recordStreamsAsMp4(env.cloud.port, { templateName: "faulty-samples" });
});

afterAll(async () => {
  await stopAllPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

async function sampleDurations(): Promise<Map<string, number>> {
  const listed = (await (await fetch(`${env.cloud.url}/_local/samples`)).json()) as {
    samples: Array<{ name: string; durationSeconds: number }>;
  };
  return new Map(listed.samples.map((sample) => [sample.name, sample.durationSeconds]));
}

/** Problem kinds by clip, of each check clip published once and recorded; the first test to ask pays for it. */
function recordedProblems(): Promise<Record<string, string[]>> {
  recorded ??= (async () => {
    const durationOf = await sampleDurations();
    // All at once, in real time: the publishes overlap, so the whole run lasts about one clip.
    const pushes = CHECK_SAMPLE_CLIPS.map((spec, index) =>
      startRtmpPush(
        env.samplePath(spec.name),
        `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/${spec.name}?roomid=${100 + index}&userid=${spec.name}`,
      ),
    );
    expect(await Promise.all(pushes.map((push) => push.exited))).toEqual(pushes.map(() => 0));
    const recordings = await eventually(async () => {
      const page = await searchMedia(
        { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], order: "newest", limit: 20 },
        vodClient(env.cloud.port),
      );
      return page.recordings.length === CHECK_SAMPLE_CLIPS.length ? page.recordings : undefined;
    }, "VOD holds a recording of every check clip");
    // Each check is one single-threaded ffmpeg: side by side they use both cores.
    const checked = await Promise.all(
      recordings.map(async (recording) => {
        const name = recording.streamId ?? "";
        // The publish lasted the clip's length: the span its recording covered.
        const { problems, measurements } = await checkFile(recording.mediaUrl, DEFAULT_QUALITY_THRESHOLDS, {
          cpuBudgetSec: 60,
          coveredSec: durationOf.get(name) ?? null,
        });
        expect(measurements.decodeErrors, name).toBe(0);
        return [name, problems.map((problem) => problem.kind).sort()] as const;
      }),
    );
    return Object.fromEntries(checked);
  })();
  return recorded;
}

const without = (record: Record<string, string[]>, name: string) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => key !== name));

describe("the quality check against the local cloud's faulty samples", () => {
  it("finds exactly each recorded sample's fault, and none in the clean one", async () => {
    expect(CHECK_SAMPLE_CLIPS.map((spec) => spec.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(without(await recordedProblems(), SHIFTED)).toEqual(without(EXPECTED, SHIFTED));
  });

  it("finds the late audio track of the shifted sample itself, and nothing else", async () => {
    const { problems } = await checkFile(env.sampleUrl(SHIFTED), DEFAULT_QUALITY_THRESHOLDS, {
      cpuBudgetSec: 60,
      coveredSec: (await sampleDurations()).get(SHIFTED) ?? null,
    });
    expect(problems.map((problem) => problem.kind)).toEqual(EXPECTED[SHIFTED]);
  });

  /*
   * The recorder writes fragmented MP4 (empty_moov, no edit list), which starts every track at 0
   * and stretches the late track's first frame over the gap: in the recording the audio does not
   * start late, it lasts 2 s longer than the video. The check still flags it, as drift.
   */
  it("flags the shifted sample's recording too, as audio and video drifting apart", async () => {
    expect((await recordedProblems())[SHIFTED]).toEqual(["av_drift"]);
  });
});
