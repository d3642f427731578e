import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../../local-cloud/test/helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "../../../local-cloud/test/helpers/lavfi-push";
import {
  legacyApp,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  vodClient,
  type TestCloud,
} from "../../../local-cloud/test/helpers/test-cloud";
import { recordStreamsAsMp4 } from "../../../local-cloud/test/helpers/mp4-record-rule";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import { searchMedia } from "@/lib/cloud/vod/search-media";
import { consoleSettings, recordingFiles, type RecordingFileRow } from "@/lib/db/schema";
import { messageText } from "@/lib/i18n/message-text";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { claimNextCheck } from "./check-queue";
import { drainChecks } from "./check-worker";

/*
 * The quality check's queue against a real local cloud: two recordings made from real publishes
 * (one clean, one a still grey picture over silence) are checked through VOD's own media URLs;
 * a file VOD does not list waits on the queue instead of failing.
 */
const [pglite] = testDatabaseKinds();
let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(TEST_APP)] });
  await recordStreamsAsMp4(env.cloud.port, { templateName: "quality" });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe.runIf(pglite)("the quality-check queue", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  const vod = () => vodClient(env.cloud.port);
  const urlFromVod = async (row: RecordingFileRow) =>
    (await describeMediaInfos(row.fileId, row.vodSubAppId, vod()))?.mediaUrl ?? null;
  const rowOf = async (fileId: string) =>
    (await handle.db.select().from(recordingFiles).where(eq(recordingFiles.fileId, fileId)))[0];

  it("finds the frozen, silent recording's problems with the admin's thresholds, and none in the clean one", async () => {
    for (const [stream, options] of [
      ["clean", {}],
      ["still", { video: "color=c=gray:size=320x180:rate=15", audio: "aevalsrc=0:sample_rate=44100" }],
    ] as const) {
      const push = startLavfiPush(
        `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/${stream}?roomid=7&userid=${stream}`,
        6,
        options,
      );
      expect(await push.exited).toBe(0);
    }
    const recordings = await eventually(async () => {
      const page = await searchMedia(
        { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], order: "newest", limit: 10 },
        vod(),
      );
      return page.recordings.length === 2 ? page.recordings : undefined;
    }, "VOD holds both recordings");
    await handle.db
      .insert(consoleSettings)
      .values({ id: 1, qualityThresholds: { freezeMinSec: 3, silenceMinSec: 3 } })
      .onConflictDoUpdate({
        target: consoleSettings.id,
        set: { qualityThresholds: { freezeMinSec: 3, silenceMinSec: 3 } },
      });
    await handle.db.insert(recordingFiles).values(
      recordings.map((recording) => ({
        sdkAppId: TEST_APP,
        fileId: recording.fileId,
        streamId: recording.streamId,
        discoveredBy: "callback",
      })),
    );

    expect(await drainChecks({ db: handle.db, mediaUrlOf: urlFromVod })).toBe(2);
    const byStream = new Map(recordings.map((recording) => [recording.streamId, recording.fileId]));
    const clean = await rowOf(byStream.get("clean") ?? "");
    expect(clean).toMatchObject({ checkStatus: "done", problems: [], checkError: null, checkAttempts: 1 });
    expect(clean?.checkCpuMs).toBeGreaterThan(0);
    expect(clean?.measurements).toMatchObject({ hasAudio: true, hasVideo: true });
    const still = await rowOf(byStream.get("still") ?? "");
    expect(still?.checkStatus).toBe("done");
    expect(still?.problems?.map((problem) => problem.kind).sort()).toEqual(["frozen", "silence"]);
    for (const problem of still?.problems ?? []) expect(problem.startSec).toBeLessThan(1);
  });

  it("keeps a file VOD does not list yet on the queue, due again later, and gives it to one claimant only", async () => {
    const now = new Date("2026-12-01T00:00:00Z");
    await handle.db.insert(recordingFiles).values({
      sdkAppId: TEST_APP,
      fileId: "5285890000000000404",
      discoveredBy: "callback",
      checkQueuedAt: now,
    });
    const checked = await drainChecks({ db: handle.db, mediaUrlOf: async () => null, now: () => now });
    expect(checked).toBe(1);
    const waiting = await rowOf("5285890000000000404");
    expect(waiting).toMatchObject({ checkStatus: "queued", checkAttempts: 1 });
    expect(waiting?.checkQueuedAt.getTime()).toBeGreaterThan(now.getTime());
    expect(messageText(waiting?.checkError ?? "")).toBe("VOD does not list this file (not yet, or no more).");
    // Not due yet: nobody claims it; once due, the first claim takes it and a second finds nothing.
    expect(await claimNextCheck(handle.db, now)).toBeNull();
    const later = new Date(now.getTime() + 60 * 60_000);
    const [first, second] = await Promise.all([claimNextCheck(handle.db, later), claimNextCheck(handle.db, later)]);
    expect([first?.fileId, second?.fileId].filter(Boolean)).toEqual(["5285890000000000404"]);
  });
});
