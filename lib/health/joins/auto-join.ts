import "server-only";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { VodClient } from "@/lib/cloud/clients";
import type { Db } from "@/lib/db/open-database";
import { applications, recordingFiles, recordingJoins, recordingTasks } from "@/lib/db/schema";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { messageText } from "@/lib/i18n/message-text";
import { ACTIVE_STATUSES } from "@/lib/recording-tasks/status";
import { groupSessionPieces, JOIN_SESSION_PREFIX, type SplitSession } from "./group-session-pieces";
import { startJoin } from "./start-join";

/** Only sessions whose last piece arrived this recently: switching auto-join on does not join the history. */
export const AUTO_JOIN_LOOKBACK_MS = 24 * 60 * 60_000;
/** After the resume timeout, this much more before no piece can still come (the callback's own delay). */
export const AUTO_JOIN_MARGIN_MS = 2 * 60_000;

/** `task:<TaskId>:<UserId>:<MediaId>` → TaskId (user ids may hold colons; a TaskId and MediaId do not). */
const taskIdOf = (sessionKey: string): string | null =>
  sessionKey.startsWith("task:") ? (sessionKey.slice("task:".length).split(":")[0] ?? null) : null;

async function candidateSessions(db: Db, sdkAppId: number, now: Date): Promise<SplitSession[]> {
  const recentKeys = db
    .selectDistinct({ sessionKey: recordingFiles.sessionKey })
    .from(recordingFiles)
    .where(
      and(
        eq(recordingFiles.sdkAppId, sdkAppId),
        gt(recordingFiles.discoveredAt, new Date(now.getTime() - AUTO_JOIN_LOOKBACK_MS)),
        sql`${recordingFiles.sessionKey} not like ${`${JOIN_SESSION_PREFIX}%`}`,
      ),
    );
  const rows = await db
    .select({
      fileId: recordingFiles.fileId,
      vodSubAppId: recordingFiles.vodSubAppId,
      sessionKey: recordingFiles.sessionKey,
      format: recordingFiles.format,
      startedAt: recordingFiles.startedAt,
      endedAt: recordingFiles.endedAt,
      discoveredAt: recordingFiles.discoveredAt,
    })
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), inArray(recordingFiles.sessionKey, recentKeys)));
  return groupSessionPieces(rows);
}

/**
 * A session is complete when its last piece ended more than the resume timeout (plus a margin)
 * ago, so CSS cannot continue it, and, for a cloud-recording task, the task is no longer running.
 * It must also have arrived within AUTO_JOIN_LOOKBACK_MS and have no join at all: a failed join is
 * not retried automatically (an operator can join it by hand).
 */
async function isDue(
  db: Db,
  sdkAppId: number,
  session: SplitSession,
  context: { quietMs: number; now: Date; joinedFileIds: Set<string> },
): Promise<boolean> {
  const last = session.pieces.at(-1);
  const endedAt = last?.endedAt ?? last?.startedAt;
  if (!last || !endedAt) return false;
  if (endedAt.getTime() > context.now.getTime() - context.quietMs) return false;
  const lastArrival = Math.max(...session.pieces.map((piece) => piece.discoveredAt.getTime()));
  if (lastArrival <= context.now.getTime() - AUTO_JOIN_LOOKBACK_MS) return false;
  if (session.pieces.some((piece) => context.joinedFileIds.has(piece.fileId))) return false;
  const taskId = taskIdOf(session.sessionKey);
  if (taskId === null) return true;
  const running = await db
    .select({ id: recordingTasks.id })
    .from(recordingTasks)
    .where(
      and(
        eq(recordingTasks.sdkAppId, sdkAppId),
        eq(recordingTasks.taskId, taskId),
        inArray(recordingTasks.status, [...ACTIVE_STATUSES]),
      ),
    )
    .limit(1);
  return running.length === 0;
}

/**
 * A session auto-join cannot join (a piece is gone from VOD) gets a failed join saying why: shown
 * on its pages, and not asked about again at every pass.
 */
async function recordRefusal(db: Db, sdkAppId: number, session: SplitSession, error: string, now: Date): Promise<void> {
  await db.insert(recordingJoins).values({
    sdkAppId,
    vodSubAppId: session.vodSubAppId,
    sessionKey: session.sessionKey,
    pieceFileIds: session.pieces.map((piece) => piece.fileId),
    status: "failed",
    requestedByEmail: null,
    requestedAt: now,
    finishedAt: now,
    error,
  });
}

/**
 * For every application with auto-join on: starts the join of each complete split session.
 * Returns the joins started. Another instance starting one first is only logged; a session that
 * cannot be joined gets a failed join (recordRefusal); a cloud failure is tried at the next pass.
 */
export async function autoJoinPass(db: Db, options: { vod?: VodClient; now?: Date } = {}): Promise<string[]> {
  const now = options.now ?? new Date();
  const started: string[] = [];
  const apps = await db
    .select({ sdkAppId: applications.sdkAppId })
    .from(applications)
    .where(eq(applications.autoJoinSplitFiles, true));
  for (const { sdkAppId } of apps) {
    const sessions = await candidateSessions(db, sdkAppId, now);
    if (sessions.length === 0) continue;
    const resumeSeconds = (await lastSavedSettings(db, sdkAppId))?.resumeSeconds ?? 0;
    const joins = await db
      .select({ pieceFileIds: recordingJoins.pieceFileIds })
      .from(recordingJoins)
      .where(
        and(
          eq(recordingJoins.sdkAppId, sdkAppId),
          inArray(recordingJoins.sessionKey, [...new Set(sessions.map((session) => session.sessionKey))]),
        ),
      );
    const context = {
      quietMs: resumeSeconds * 1000 + AUTO_JOIN_MARGIN_MS,
      now,
      joinedFileIds: new Set(joins.flatMap((join) => join.pieceFileIds)),
    };
    for (const session of sessions) {
      if (!(await isDue(db, sdkAppId, session, context))) continue;
      const [first] = session.pieces;
      if (!first) continue;
      try {
        const result = await startJoin(db, { sdkAppId, fileId: first.fileId, requestedByEmail: null }, options.vod);
        if (result.ok) started.push(result.data.id);
        else if (result.error.code === "NOT_FOUND")
          await recordRefusal(db, sdkAppId, session, result.error.message, now);
        else
          console.warn(
            `[joins] auto-join of ${session.sessionKey} (app ${sdkAppId}) not started: ${messageText(result.error.message)}`,
          );
      } catch (error) {
        console.warn(
          `[joins] auto-join of ${session.sessionKey} (app ${sdkAppId}) not started; tried again at the next pass:`,
          error instanceof Error ? error.message : error,
        );
      }
    }
  }
  return started;
}
