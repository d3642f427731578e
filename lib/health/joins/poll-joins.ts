import "server-only";
import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { EditMediaTask } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import type { VodClient } from "@/lib/cloud/clients";
import { describeEditTask } from "@/lib/cloud/vod/describe-task-detail";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, recordingJoins, type RecordingJoinRow } from "@/lib/db/schema";
import { signalFileRegistered } from "@/lib/health/file-registered";
import { msg } from "@/lib/i18n/message";
import { JOIN_SESSION_PREFIX } from "./group-session-pieces";

/**
 * A join still processing after this long is given up: VOD joins hours of recording in minutes,
 * so its task is lost (or was never created: the process died before EditMedia answered).
 */
export const JOIN_TIMEOUT_MS = 2 * 60 * 60_000;

export interface JoinPollOutcome {
  finished: string[];
  failed: string[];
}

/** Ends a join once: the update only takes a row still processing, so two instances cannot both. */
async function endJoin(
  db: Db,
  join: RecordingJoinRow,
  values: Pick<RecordingJoinRow, "status" | "error"> & Partial<Pick<RecordingJoinRow, "outputFileId" | "outputName">>,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(recordingJoins)
    .set({ ...values, finishedAt: now })
    .where(and(eq(recordingJoins.id, join.id), eq(recordingJoins.status, "processing")))
    .returning({ id: recordingJoins.id });
  return rows.length > 0;
}

/**
 * The joined file becomes a file of the console like any recording (its quality check queued),
 * with its own session key so it is never taken for a piece. Its span and origin are the pieces'.
 */
async function registerJoinedFile(db: Db, join: RecordingJoinRow, outputFileId: string, now: Date): Promise<void> {
  const pieces = await db
    .select()
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, join.sdkAppId), inArray(recordingFiles.fileId, join.pieceFileIds)));
  const starts = pieces.flatMap((piece) => (piece.startedAt ? [piece.startedAt.getTime()] : []));
  const ends = pieces.flatMap((piece) => (piece.endedAt ? [piece.endedAt.getTime()] : []));
  const [first] = pieces;
  await db
    .insert(recordingFiles)
    .values({
      sdkAppId: join.sdkAppId,
      fileId: outputFileId,
      vodSubAppId: join.vodSubAppId,
      streamId: first?.streamId ?? null,
      roomId: first?.roomId ?? null,
      userId: first?.userId ?? null,
      sessionKey: `${JOIN_SESSION_PREFIX}${join.id}`,
      format: "mp4",
      startedAt: starts.length > 0 ? new Date(Math.min(...starts)) : null,
      endedAt: ends.length > 0 ? new Date(Math.max(...ends)) : null,
      discoveredBy: "join",
      discoveredAt: now,
      checkQueuedAt: now,
    })
    .onConflictDoNothing();
  signalFileRegistered();
}

async function settle(
  db: Db,
  join: RecordingJoinRow,
  task: EditMediaTask,
  now: Date,
): Promise<"finished" | "failed" | null> {
  if (task.Status !== "FINISH") return null;
  const outputFileId = task.Output?.FileId;
  if (task.ErrCode === 0 && outputFileId) {
    const outputName = task.Output?.MediaName || join.outputName;
    if (!(await endJoin(db, join, { status: "finished", error: null, outputFileId, outputName }, now))) return null;
    await registerJoinedFile(db, join, outputFileId, now);
    return "finished";
  }
  // A message (`msg`), worded where the join is shown; VOD's own reason is cut, not the message.
  const error = msg("health.joins.errors.vodFailed", {
    reason: task.Message ? task.Message.slice(0, 800) : msg("health.joins.errors.noReason"),
    code: String(task.ErrCode ?? "?"),
  });
  return (await endJoin(db, join, { status: "failed", error }, now)) ? "failed" : null;
}

/**
 * One look at every processing join: VOD's task (DescribeTaskDetail) says whether it finished
 * and with what; a join processing past JOIN_TIMEOUT_MS is failed. A task VOD cannot describe
 * right now is asked again at the next pass.
 */
export async function pollJoins(db: Db, options: { vod?: VodClient; now?: Date } = {}): Promise<JoinPollOutcome> {
  const now = options.now ?? new Date();
  const outcome: JoinPollOutcome = { finished: [], failed: [] };
  const timedOut = await db
    .update(recordingJoins)
    .set({ status: "failed", finishedAt: now, error: msg("health.joins.errors.timedOut") })
    .where(
      and(
        eq(recordingJoins.status, "processing"),
        lt(recordingJoins.requestedAt, new Date(now.getTime() - JOIN_TIMEOUT_MS)),
      ),
    )
    .returning({ id: recordingJoins.id });
  outcome.failed.push(...timedOut.map((row) => row.id));
  const processing = await db
    .select()
    .from(recordingJoins)
    .where(and(eq(recordingJoins.status, "processing"), isNotNull(recordingJoins.vodTaskId)));
  for (const join of processing) {
    try {
      const task = await describeEditTask(join.vodTaskId ?? "", join.vodSubAppId, options.vod);
      if (!task) continue;
      const ended = await settle(db, join, task, now);
      if (ended) outcome[ended].push(join.id);
    } catch (error) {
      console.warn(
        `[joins] task ${join.vodTaskId} of join ${join.id} could not be read; asked again soon:`,
        error instanceof Error ? error.message : error,
      );
    }
  }
  return outcome;
}
