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
import { applications, recordingFiles, recordingJoins } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { registerAnnouncedFile } from "@/lib/actions/health/register-recording-file";
import type { RecordingDto } from "@/lib/recordings/types";
import { autoJoinPass, AUTO_JOIN_MARGIN_MS } from "./auto-join";
import { pollJoins } from "./poll-joins";
import { readFileSession, readJoinProducing, sessionPlaces } from "@/lib/data/health/read-file-session";
import { startJoin } from "./start-join";

/*
 * Joining split recordings against a real local cloud: one stream published twice makes two
 * legacy MP4 files, registered as the CSS callback would; the join runs through VOD's EditMedia
 * and is followed with DescribeTaskDetail until the joined file is in VOD and in the console.
 */
const [pglite] = testDatabaseKinds();
let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(TEST_APP)] });
  await recordStreamsAsMp4(env.cloud.port, { templateName: "joins" });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe.runIf(pglite)("joining a session's split recordings", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  const vod = () => vodClient(env.cloud.port);

  const filesOf = async (stream: string): Promise<RecordingDto[]> => {
    const page = await searchMedia(
      { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], order: "newest", limit: 50 },
      vod(),
    );
    return page.recordings.filter((recording) => recording.streamId === stream);
  };

  /** Publishes `stream` twice, one file each (no resume timeout set), registered as their callbacks would. */
  const splitRecording = async (stream: string): Promise<RecordingDto[]> => {
    for (const count of [1, 2]) {
      const push = startLavfiPush(
        `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/${stream}?roomid=7&userid=${stream}`,
        3,
      );
      expect(await push.exited).toBe(0);
      await eventually(async () => (await filesOf(stream)).length === count, `VOD holds piece ${count} of ${stream}`);
    }
    const files = (await filesOf(stream)).reverse();
    for (const file of files) {
      await registerAnnouncedFile(
        handle.db,
        TEST_APP,
        {
          fileId: file.fileId,
          streamId: stream,
          roomId: null,
          userId: null,
          sessionKey: `css:${stream}`,
          format: "mp4",
          startedAt: new Date(file.source.liveRecord?.start ?? file.createdAt),
          endedAt: new Date(file.source.liveRecord?.end ?? file.createdAt),
        },
        new Date(),
      );
    }
    return files;
  };

  const joinRow = async (id: string) =>
    (await handle.db.select().from(recordingJoins).where(eq(recordingJoins.id, id)))[0];

  /** Every end of a join the polls reported: two pollers at once stand for two console instances. */
  const reportedEnds: string[] = [];
  const untilEnded = (id: string) =>
    eventually(
      async () => {
        const outcomes = await Promise.all([
          pollJoins(handle.db, { vod: vod() }),
          pollJoins(handle.db, { vod: vod() }),
        ]);
        for (const outcome of outcomes) reportedEnds.push(...outcome.finished, ...outcome.failed);
        const row = await joinRow(id);
        return row?.status !== "processing" && row;
      },
      `join ${id} ends`,
      { timeoutMs: 120_000, intervalMs: 500 },
    );

  beforeAll(async () => {
    await handle.db.insert(applications).values({ sdkAppId: TEST_APP, name: "joins", streamPath: `trtc_${TEST_APP}` });
  });

  it("joins the pieces into one VOD file as long as both, linked to them, and refuses to join them twice", async () => {
    const pieces = await splitRecording("split");
    const [first, second] = pieces;
    if (!first || !second) throw new Error("two pieces expected");
    const session = await readFileSession(handle.db, TEST_APP, second.fileId);
    expect(session?.pieces.map((piece) => [piece.position, piece.fileId])).toEqual([
      [1, first.fileId],
      [2, second.fileId],
    ]);

    const started = await startJoin(
      handle.db,
      { sdkAppId: TEST_APP, fileId: second.fileId, requestedByEmail: "op@example.com" },
      vod(),
    );
    if (!started.ok) throw new Error(started.error.message);
    expect(started.data).toMatchObject({
      status: "processing",
      pieceFileIds: [first.fileId, second.fileId],
      outputName: `${first.name} (joined)`,
    });
    expect(started.data.vodTaskId).toMatch(/^EditMedia-/);
    const whileProcessing = await startJoin(
      handle.db,
      { sdkAppId: TEST_APP, fileId: first.fileId, requestedByEmail: "op@example.com" },
      vod(),
    );
    expect(whileProcessing).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const ended = await untilEnded(started.data.id);
    expect(ended).toMatchObject({ status: "finished", error: null, outputName: `${first.name} (joined)` });
    expect(reportedEnds.filter((id) => id === started.data.id)).toHaveLength(1);
    const outputFileId = ended.outputFileId ?? "";
    expect([first.fileId, second.fileId]).not.toContain(outputFileId);
    const joined = await describeMediaInfos(outputFileId, null, vod());
    const piecesSeconds = (first.durationSeconds ?? 0) + (second.durationSeconds ?? 0);
    expect(piecesSeconds).toBeGreaterThan(4);
    expect(Math.abs((joined?.durationSeconds ?? 0) - piecesSeconds)).toBeLessThanOrEqual(1);
    // The pieces are kept 1 day (StorageTime): the joined file as long as the longest-kept one.
    expect(joined?.expiresAt).toBe(
      [first.expiresAt, second.expiresAt]
        .sort()
        .at(-1)
        ?.replace(/\.\d{3}Z$/, "Z"),
    );

    const [registered] = await handle.db
      .select()
      .from(recordingFiles)
      .where(and(eq(recordingFiles.sdkAppId, TEST_APP), eq(recordingFiles.fileId, outputFileId)));
    expect(registered).toMatchObject({
      discoveredBy: "join",
      sessionKey: `join:${started.data.id}`,
      checkStatus: "queued",
      format: "mp4",
      streamId: "split",
    });
    expect(await readJoinProducing(handle.db, TEST_APP, outputFileId)).toMatchObject({
      pieceFileIds: [first.fileId, second.fileId],
      status: "finished",
    });
    expect(await readFileSession(handle.db, TEST_APP, outputFileId)).toBeNull();
    const places = await sessionPlaces(handle.db, TEST_APP, [first.fileId, second.fileId, outputFileId]);
    expect(Object.fromEntries(places)).toEqual({
      [first.fileId]: { position: 1, count: 2, joinedFileId: outputFileId },
      [second.fileId]: { position: 2, count: 2, joinedFileId: outputFileId },
    });

    const again = await startJoin(
      handle.db,
      { sdkAppId: TEST_APP, fileId: first.fileId, requestedByEmail: "op@example.com" },
      vod(),
    );
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    if (!again.ok)
      expect(messageText(again.error.message)).toBe(`These 2 pieces were already joined into file ${outputFileId}.`);
  });

  it("refuses a join whose piece VOD no longer has, and fails a join VOD's task never finished", async () => {
    const now = new Date();
    await handle.db.insert(recordingFiles).values(
      ["5285890000000000901", "5285890000000000902"].map((fileId, index) => ({
        sdkAppId: TEST_APP,
        fileId,
        sessionKey: "css:gone",
        format: "mp4",
        startedAt: new Date(now.getTime() - (120 - index * 60) * 1000),
        endedAt: new Date(now.getTime() - (60 - index * 60) * 1000),
        discoveredBy: "callback",
      })),
    );
    const refused = await startJoin(
      handle.db,
      { sdkAppId: TEST_APP, fileId: "5285890000000000901", requestedByEmail: "op@example.com" },
      vod(),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    if (!refused.ok) expect(messageText(refused.error.message)).toMatch(/no longer has piece 1 .*, 2 /);

    const [stuck] = await handle.db
      .insert(recordingJoins)
      .values({
        sdkAppId: TEST_APP,
        sessionKey: "css:gone",
        pieceFileIds: ["5285890000000000901", "5285890000000000902"],
        status: "processing",
        vodTaskId: "EditMedia-lost",
        requestedAt: new Date(now.getTime() - 3 * 60 * 60_000),
      })
      .returning();
    const outcome = await pollJoins(handle.db, { vod: vod(), now });
    expect(outcome.failed).toContain(stuck?.id);
    const timedOut = await joinRow(stuck?.id ?? "");
    expect(timedOut).toMatchObject({ status: "failed" });
    expect(messageText(timedOut?.error ?? "")).toBe("VOD's task did not finish within 2 hours.");
  });

  it("auto-joins a complete session once when the app has it on, and not when off", async () => {
    const pieces = await splitRecording("auto");
    const later = () => new Date(Date.now() + AUTO_JOIN_MARGIN_MS + 60_000);
    const joinsOfAuto = () => handle.db.select().from(recordingJoins).where(eq(recordingJoins.sessionKey, "css:auto"));

    expect(await autoJoinPass(handle.db, { vod: vod(), now: later() })).toEqual([]);
    expect(await joinsOfAuto()).toEqual([]);

    // A session whose pieces VOD no longer has: auto-join records why it cannot join it, once.
    const now = new Date();
    await handle.db.insert(recordingFiles).values(
      ["5285890000000000911", "5285890000000000912"].map((fileId, index) => ({
        sdkAppId: TEST_APP,
        fileId,
        sessionKey: "css:vanished",
        format: "mp4",
        startedAt: new Date(now.getTime() - (20 - index * 10) * 1000),
        endedAt: new Date(now.getTime() - (10 - index * 10) * 1000),
        discoveredBy: "callback",
      })),
    );
    await handle.db.update(applications).set({ autoJoinSplitFiles: true }).where(eq(applications.sdkAppId, TEST_APP));
    // The last piece just ended: another could still come within the resume timeout and margin.
    expect(await autoJoinPass(handle.db, { vod: vod(), now: new Date() })).toEqual([]);
    const started = await autoJoinPass(handle.db, { vod: vod(), now: later() });
    expect(started).toHaveLength(1);
    expect(await autoJoinPass(handle.db, { vod: vod(), now: later() })).toEqual([]);

    const ended = await untilEnded(started[0] ?? "");
    expect(ended).toMatchObject({
      status: "finished",
      requestedByEmail: null,
      sessionKey: "css:auto",
      pieceFileIds: pieces.map((piece) => piece.fileId),
    });
    expect(await joinsOfAuto()).toHaveLength(1);
    const vanished = await handle.db.select().from(recordingJoins).where(eq(recordingJoins.sessionKey, "css:vanished"));
    expect(vanished).toHaveLength(1);
    expect(vanished[0]).toMatchObject({ status: "failed", requestedByEmail: null });
    expect(messageText(vanished[0]?.error ?? "")).toMatch(/VOD no longer has piece 1/);
  });
});
