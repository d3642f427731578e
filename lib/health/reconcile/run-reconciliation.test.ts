import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../../../local-cloud/test/helpers/eventually";
import { startLavfiPush, stopAllLavfiPushes } from "../../../local-cloud/test/helpers/lavfi-push";
import {
  cloudApp,
  legacyApp,
  removeDataDir,
  startTestCloud,
  TEST_APP,
  trtcClient,
  vodClient,
  type TestCloud,
} from "../../../local-cloud/test/helpers/test-cloud";
import { recordStreamsAsMp4 } from "../../../local-cloud/test/helpers/mp4-record-rule";
import { messageText } from "@/lib/i18n/message-text";
import { ok } from "@/lib/actions/result";
import { deleteCloudRecording } from "@/lib/cloud/trtc/delete-cloud-recording";
import { searchMedia } from "@/lib/cloud/vod/search-media";
import { liveRoomMembers, reconciliationFindings, recordingFiles, recordingTasks } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import type { ReconcileContext } from "./reconcile-context";
import { repairFinding } from "./repair-finding";
import { runReconciliation } from "./run-reconciliation";

/*
 * Reconciliation against a real local cloud through the real SDK: a legacy recording VOD holds
 * that no callback announced (no callback rule is bound), a callback naming a file VOD does not
 * have, a task stopped behind the console's back, and a task still running in a room whose user
 * stopped publishing long ago. Each finding shows up, and its repair works.
 */
const CLOUD_APP = 1400000556;
const ROOM = "3003";
const [pglite] = testDatabaseKinds();
let env: TestCloud;

beforeAll(async () => {
  env = await startTestCloud({ apps: [legacyApp(TEST_APP), cloudApp(CLOUD_APP)] });
  await recordStreamsAsMp4(env.cloud.port, { templateName: "reconcile" });
});

afterAll(async () => {
  await stopAllLavfiPushes();
  await env?.cloud.close();
  if (env) await removeDataDir(env.dataDir);
});

describe.runIf(pglite)("reconciling callbacks, VOD and running recordings", () => {
  if (!pglite) return;
  const handle = useTestDatabase(pglite);
  const clients = () => ({ trtc: trtcClient(env.cloud.port), vod: vodClient(env.cloud.port) });
  const context = (sdkAppId: number): Omit<ReconcileContext, "periodStart" | "periodEnd"> => ({
    db: handle.db,
    sdkAppId,
    streamPath: `trtc_${sdkAppId}`,
    vodSubAppId: null,
    clients: clients(),
  });
  const openFindings = (sdkAppId: number) =>
    handle.db
      .select()
      .from(reconciliationFindings)
      .where(and(eq(reconciliationFindings.sdkAppId, sdkAppId), isNull(reconciliationFindings.resolvedAt)));
  const noStop = () => Promise.reject(new Error("no stop expected"));

  it("registers and reports a file no callback announced, and a callback's file VOD lacks; both are acknowledged", async () => {
    // One after the other: a stream path's publishers each get their own stream (no second publisher of one).
    for (const [stream, userId] of [
      ["unheard", "u7"],
      ["heard", "u8"],
    ] as const) {
      const push = startLavfiPush(
        `rtmp://127.0.0.1:${env.cloud.rtmpPort}/trtc_${TEST_APP}/${stream}?roomid=7&userid=${userId}`,
        3,
      );
      expect(await push.exited).toBe(0);
    }
    const inVod = await eventually(async () => {
      const page = await searchMedia(
        { subAppId: null, streamPaths: [`trtc_${TEST_APP}`], order: "newest", limit: 10 },
        clients().vod,
      );
      return page.recordings.length === 2 ? page.recordings : undefined;
    }, "VOD holds both recordings");
    const file = inVod.find((recording) => recording.streamId === "unheard");
    const heard = inVod.find((recording) => recording.streamId === "heard");
    // "heard" was announced by a callback (which carries no VOD time); the other FileId is not in VOD.
    await handle.db.insert(recordingFiles).values([
      { sdkAppId: TEST_APP, fileId: heard?.fileId ?? "", discoveredBy: "callback", firstCallbackAt: new Date() },
      { sdkAppId: TEST_APP, fileId: "5285890999999999", discoveredBy: "callback", firstCallbackAt: new Date() },
    ]);

    const first = await runReconciliation(context(TEST_APP), { kind: "manual", email: "op@example.com" });
    expect(first.errors).toEqual([]);
    const open = await openFindings(TEST_APP);
    expect(open.map((finding) => [finding.kind, finding.subject]).sort()).toEqual([
      ["unannounced_file", file?.fileId],
      ["vanished_file", "5285890999999999"],
    ]);
    const [registered] = await handle.db
      .select()
      .from(recordingFiles)
      .where(eq(recordingFiles.fileId, file?.fileId ?? ""));
    expect(registered).toMatchObject({ discoveredBy: "reconciliation", firstCallbackAt: null, checkStatus: "queued" });
    const [announced] = await handle.db
      .select()
      .from(recordingFiles)
      .where(eq(recordingFiles.fileId, heard?.fileId ?? ""));
    expect(announced?.vodCreatedAt?.toISOString()).toBe(new Date(heard?.createdAt ?? 0).toISOString());

    // A second pass (another instance's, say) updates the same open findings instead of adding more.
    const second = await runReconciliation(context(TEST_APP), { kind: "schedule", email: null });
    const again = await openFindings(TEST_APP);
    expect(again.map((finding) => finding.id).sort()).toEqual(open.map((finding) => finding.id).sort());
    expect(again.every((finding) => finding.lastRunId === second.runId)).toBe(true);

    for (const finding of again) {
      const repaired = await repairFinding(
        handle.db,
        { sdkAppId: TEST_APP, findingId: finding.id, email: "op@example.com" },
        noStop,
      );
      expect(repaired).toEqual(ok({ findingId: finding.id, resolution: "acknowledged" }));
    }
    expect(await openFindings(TEST_APP)).toEqual([]);
    const twice = await repairFinding(
      handle.db,
      { sdkAppId: TEST_APP, findingId: open[0]?.id ?? 0, email: "x@example.com" },
      noStop,
    );
    expect(twice).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("ends a task the cloud ended behind the console's back, and stops one recording a room nobody publishes in", async () => {
    const trtc = trtcClient(env.cloud.port);
    await trtc.StartStreamIngest({
      SdkAppId: CLOUD_APP,
      RoomId: ROOM,
      RoomIdType: 1,
      UserId: "teacher",
      UserSig: "sig",
      StreamUrl: env.sampleUrl("red-360p"),
      RepeatNum: -1,
    });
    const start = async (bot: string) => {
      const { TaskId = "" } = await trtc.CreateCloudRecording({
        SdkAppId: CLOUD_APP,
        RoomId: ROOM,
        RoomIdType: 1,
        UserId: bot,
        UserSig: "bot-sig",
        RecordParams: { RecordMode: 2 },
        StorageParams: { CloudVod: { TencentVod: { MediaType: 0 } } },
      });
      const [row] = await handle.db
        .insert(recordingTasks)
        .values({
          sdkAppId: CLOUD_APP,
          kind: "cloud_task",
          roomId: ROOM,
          status: "recording",
          taskId: TaskId,
          botUserId: bot,
          request: {},
          startedByEmail: "op@example.com",
        })
        .returning();
      if (!row) throw new Error("no task row");
      return row;
    };
    const ended = await start("bot_a");
    const idle = await start("bot_b");
    await trtc.DeleteCloudRecording({ SdkAppId: CLOUD_APP, TaskId: ended.taskId ?? "" });
    await eventually(
      () =>
        trtc.DescribeCloudRecording({ SdkAppId: CLOUD_APP, TaskId: ended.taskId ?? "" }).then(
          () => false,
          () => true,
        ),
      "the stopped task is gone from the cloud",
    );
    // What the room's events said 10 minutes ago: the teacher stopped publishing (the ingest still runs in the cloud).
    const longAgoMs = Date.now() - 10 * 60_000;
    await handle.db.insert(liveRoomMembers).values({
      sdkAppId: CLOUD_APP,
      roomId: ROOM,
      roomIdType: 1,
      userId: "teacher",
      isPresent: true,
      presenceAtMs: longAgoMs - 60_000,
      hasVideo: false,
      videoAtMs: longAgoMs,
    });

    const run = await runReconciliation(context(CLOUD_APP), { kind: "manual", email: "op@example.com" });
    expect(run.errors).toEqual([]);
    const [endedRow] = await handle.db.select().from(recordingTasks).where(eq(recordingTasks.id, ended.id));
    expect(endedRow).toMatchObject({ status: "ended" });
    expect(messageText(endedRow?.endReason ?? "")).toContain("Reconciliation found task");
    const [endedFinding] = await handle.db
      .select()
      .from(reconciliationFindings)
      .where(eq(reconciliationFindings.subject, ended.id));
    expect(endedFinding).toMatchObject({ kind: "task_ended_in_cloud", resolution: "ended by reconciliation" });

    // The stopped task's file reached VOD with no callback bound: rightly an unannounced file too.
    const open = (await openFindings(CLOUD_APP)).filter((finding) => finding.kind !== "unannounced_file");
    expect(open.map((finding) => [finding.kind, finding.subject])).toEqual([["idle_room_recording", idle.id]]);
    const stopped: string[] = [];
    const repaired = await repairFinding(
      handle.db,
      { sdkAppId: CLOUD_APP, findingId: open[0]?.id ?? 0, email: "op@example.com" },
      async (recordingId) => {
        // What stopTask does for this row: DeleteCloudRecording with the row's TaskId.
        stopped.push(recordingId);
        await deleteCloudRecording({ sdkAppId: CLOUD_APP, taskId: idle.taskId ?? "" }, trtc);
        return ok(null);
      },
    );
    expect(repaired).toMatchObject({ ok: true, data: { resolution: "recording stopped" } });
    expect(stopped).toEqual([idle.id]);
    // The next pass finds the stopped task gone and ends its row.
    await runReconciliation(context(CLOUD_APP), { kind: "schedule", email: null });
    const [idleRow] = await handle.db.select().from(recordingTasks).where(eq(recordingTasks.id, idle.id));
    expect(idleRow?.status).toBe("ended");
    const left = await openFindings(CLOUD_APP);
    expect(left.every((finding) => finding.kind === "unannounced_file")).toBe(true);
  });
});
