import { and, eq } from "drizzle-orm";
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
import { messageText } from "@/lib/i18n/message-text";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import { searchMedia } from "@/lib/cloud/vod/search-media";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, type RecordingFileRow } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { claimNextCheck } from "@/lib/health/quality/check-queue";
import { drainChecks } from "@/lib/health/quality/check-worker";
import { DEFAULT_QUALITY_THRESHOLDS } from "@/lib/health/quality/thresholds";
import { readQualityThresholds, storeQualityThresholds } from "./quality-thresholds-store";
import { queueCheckAgain } from "./queue-check-again";

const rowOf = async (db: Db, sdkAppId: number, fileId: string): Promise<RecordingFileRow | undefined> =>
  (
    await db
      .select()
      .from(recordingFiles)
      .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)))
  )[0];

describe.each(testDatabaseKinds())("check again and the stored thresholds on $name", (kind) => {
  const handle = useTestDatabase(kind);
  const now = new Date("2026-12-02T10:00:00Z");

  it("gives a check that used up its attempts a new run, due now, and clears the last run's times", async () => {
    await handle.db.insert(recordingFiles).values({
      sdkAppId: TEST_APP,
      fileId: "100",
      discoveredBy: "callback",
      checkStatus: "failed",
      checkAttempts: 3,
      checkError: "ffprobe failed",
      checkQueuedAt: new Date("2026-12-01T00:00:00Z"),
      checkStartedAt: new Date("2026-12-01T00:01:00Z"),
      checkFinishedAt: new Date("2026-12-01T00:02:00Z"),
    });
    expect(await queueCheckAgain(handle.db, TEST_APP, "100", now)).toEqual({
      ok: true,
      data: { fileId: "100", previousStatus: "failed" },
    });
    expect(await rowOf(handle.db, TEST_APP, "100")).toMatchObject({
      checkStatus: "queued",
      checkAttempts: 0,
      checkError: null,
      checkQueuedAt: now,
      checkStartedAt: null,
      checkFinishedAt: null,
    });
    expect((await claimNextCheck(handle.db, now))?.fileId).toBe("100");
  });

  it("refuses a file being checked, and leaves its run alone", async () => {
    const startedAt = new Date(now.getTime() - 60_000);
    await handle.db.insert(recordingFiles).values({
      sdkAppId: TEST_APP,
      fileId: "300",
      discoveredBy: "callback",
      checkStatus: "running",
      checkAttempts: 1,
      checkStartedAt: startedAt,
    });
    const result = await queueCheckAgain(handle.db, TEST_APP, "300", now);
    expect(result).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(result.ok ? "" : messageText(result.error.message)).toBe(
      "This file is being checked right now. Check it again once this check has finished.",
    );
    expect(await rowOf(handle.db, TEST_APP, "300")).toMatchObject({
      checkStatus: "running",
      checkAttempts: 1,
      checkStartedAt: startedAt,
    });
  });

  it("finds no file the console never registered, nor another application's", async () => {
    await handle.db.insert(recordingFiles).values({ sdkAppId: TEST_APP + 1, fileId: "200", discoveredBy: "callback" });
    for (const [sdkAppId, fileId] of [
      [TEST_APP, "200"],
      [TEST_APP, "404"],
    ] as const) {
      const result = await queueCheckAgain(handle.db, sdkAppId, fileId, now);
      expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
      expect(result.ok ? "" : messageText(result.error.message)).toContain(
        `File ${fileId} is not a file the console checks`,
      );
    }
    expect(await rowOf(handle.db, TEST_APP + 1, "200")).toMatchObject({ checkStatus: "queued", checkAttempts: 0 });
  });

  it("stores only the thresholds that differ from the defaults, and resets to none", async () => {
    expect(await readQualityThresholds(handle.db)).toEqual({ effective: DEFAULT_QUALITY_THRESHOLDS, overrides: {} });
    const saved = await storeQualityThresholds(handle.db, { ...DEFAULT_QUALITY_THRESHOLDS, silenceNoiseDb: -60 });
    expect(saved.before.overrides).toEqual({});
    expect(saved.after.overrides).toEqual({ silenceNoiseDb: -60 });
    expect(await readQualityThresholds(handle.db)).toEqual({
      effective: { ...DEFAULT_QUALITY_THRESHOLDS, silenceNoiseDb: -60 },
      overrides: { silenceNoiseDb: -60 },
    });
    const reset = await storeQualityThresholds(handle.db, null);
    expect(reset.before.effective.silenceNoiseDb).toBe(-60);
    expect(await readQualityThresholds(handle.db)).toEqual({ effective: DEFAULT_QUALITY_THRESHOLDS, overrides: {} });
  });
});

/*
 * Against a real local cloud: a recording of a still grey picture over silence, checked with
 * short thresholds, then with the defaults (longer than the recording) after "Check again".
 */
const [pglite] = testDatabaseKinds();

describe.runIf(pglite)("check again with the worker", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  let env: TestCloud;
  beforeAll(async () => {
    env = await startTestCloud({ apps: [legacyApp(TEST_APP)] });
    await recordStreamsAsMp4(env.cloud.port, { templateName: "check-again" });
  });
  afterAll(async () => {
    await stopAllLavfiPushes();
    await env?.cloud.close();
    if (env) await removeDataDir(env.dataDir);
  });

  it("checks a checked file again, with the thresholds saved since, once queued again", async () => {
    const push = startLavfiPush(
      `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/still?roomid=7&userid=still`,
      6,
      {
        video: "color=c=gray:size=320x180:rate=15",
        audio: "aevalsrc=0:sample_rate=44100",
      },
    );
    expect(await push.exited).toBe(0);
    const vod = () => vodClient(env.cloud.port);
    const recording = await eventually(async () => {
      const page = await searchMedia(
        { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], order: "newest", limit: 10 },
        vod(),
      );
      return page.recordings[0];
    }, "VOD holds the recording");
    await handle.db
      .insert(recordingFiles)
      .values({ sdkAppId: TEST_APP, fileId: recording.fileId, streamId: recording.streamId, discoveredBy: "callback" });
    const deps = {
      db: handle.db,
      mediaUrlOf: async (row: RecordingFileRow) =>
        (await describeMediaInfos(row.fileId, row.vodSubAppId, vod()))?.mediaUrl ?? null,
    };
    const kinds = async () =>
      (await rowOf(handle.db, TEST_APP, recording.fileId))?.problems?.map((problem) => problem.kind).sort();

    await storeQualityThresholds(handle.db, { ...DEFAULT_QUALITY_THRESHOLDS, freezeMinSec: 3, silenceMinSec: 3 });
    expect(await drainChecks(deps)).toBe(1);
    expect(await kinds()).toEqual(["frozen", "silence"]);

    // Saving thresholds checks nothing again by itself: the defaults (10 s) find nothing in 6 s.
    await storeQualityThresholds(handle.db, null);
    expect(await drainChecks(deps)).toBe(0);
    expect(await queueCheckAgain(handle.db, TEST_APP, recording.fileId, new Date())).toMatchObject({
      ok: true,
      data: { previousStatus: "done" },
    });
    expect(await drainChecks(deps)).toBe(1);
    expect(await rowOf(handle.db, TEST_APP, recording.fileId)).toMatchObject({
      checkStatus: "done",
      checkAttempts: 1,
      problems: [],
    });
  });
});
