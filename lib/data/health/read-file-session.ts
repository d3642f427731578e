import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { recordingFiles, recordingJoins, type RecordingJoinRow } from "@/lib/db/schema";
import {
  groupSessionPieces,
  JOIN_SESSION_PREFIX,
  samePieces,
  type SplitSession,
} from "@/lib/health/joins/group-session-pieces";

/** A join as the recording page shows it (plain values: it crosses to client components). */
export interface JoinSummary {
  id: string;
  status: RecordingJoinRow["status"];
  pieceFileIds: string[];
  vodSubAppId: number | null;
  outputFileId: string | null;
  outputName: string | null;
  /** Null: started automatically. */
  requestedByEmail: string | null;
  requestedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface FileSessionPiece {
  fileId: string;
  vodSubAppId: number | null;
  format: string | null;
  startedAt: string | null;
  endedAt: string | null;
  position: number;
}

export interface FileSession {
  pieces: FileSessionPiece[];
  /** Joins of any of these pieces, newest first. */
  joins: JoinSummary[];
}

export const toJoinSummary = (row: RecordingJoinRow): JoinSummary => ({
  id: row.id,
  status: row.status,
  pieceFileIds: row.pieceFileIds,
  vodSubAppId: row.vodSubAppId,
  outputFileId: row.outputFileId,
  outputName: row.outputName,
  requestedByEmail: row.requestedByEmail,
  requestedAt: row.requestedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  error: row.error,
});

const pieceColumns = {
  fileId: recordingFiles.fileId,
  vodSubAppId: recordingFiles.vodSubAppId,
  sessionKey: recordingFiles.sessionKey,
  format: recordingFiles.format,
  startedAt: recordingFiles.startedAt,
  endedAt: recordingFiles.endedAt,
  discoveredAt: recordingFiles.discoveredAt,
};

/** The split session `fileId` is a piece of, or null (unknown file, a single file, a join's output). */
export async function findSessionOf(db: Db, sdkAppId: number, fileId: string): Promise<SplitSession | null> {
  const [file] = await db
    .select({ sessionKey: recordingFiles.sessionKey, format: recordingFiles.format })
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), eq(recordingFiles.fileId, fileId)))
    .limit(1);
  if (!file?.sessionKey || file.sessionKey.startsWith(JOIN_SESSION_PREFIX)) return null;
  const rows = await db
    .select(pieceColumns)
    .from(recordingFiles)
    .where(
      and(
        eq(recordingFiles.sdkAppId, sdkAppId),
        eq(recordingFiles.sessionKey, file.sessionKey),
        file.format === null ? isNull(recordingFiles.format) : eq(recordingFiles.format, file.format),
      ),
    );
  return groupSessionPieces(rows).find((session) => session.pieces.some((p) => p.fileId === fileId)) ?? null;
}

/** The app's joins under one session key that took any of `fileIds`, newest first. */
export async function joinsOfPieces(
  db: Db,
  sdkAppId: number,
  sessionKey: string,
  fileIds: readonly string[],
): Promise<RecordingJoinRow[]> {
  const rows = await db
    .select()
    .from(recordingJoins)
    .where(and(eq(recordingJoins.sdkAppId, sdkAppId), eq(recordingJoins.sessionKey, sessionKey)));
  const wanted = new Set(fileIds);
  return rows
    .filter((row) => row.pieceFileIds.some((id) => wanted.has(id)))
    .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime());
}

/** For the recording page: the pieces of the file's split session in order, and their joins. */
export async function readFileSession(db: Db, sdkAppId: number, fileId: string): Promise<FileSession | null> {
  const session = await findSessionOf(db, sdkAppId, fileId);
  if (!session) return null;
  const joins = await joinsOfPieces(
    db,
    sdkAppId,
    session.sessionKey,
    session.pieces.map((piece) => piece.fileId),
  );
  return {
    pieces: session.pieces.map((piece) => ({
      fileId: piece.fileId,
      vodSubAppId: piece.vodSubAppId,
      format: piece.format,
      startedAt: piece.startedAt?.toISOString() ?? null,
      endedAt: piece.endedAt?.toISOString() ?? null,
      position: piece.position,
    })),
    joins: joins.map(toJoinSummary),
  };
}

/** The join that made `fileId` (a joined file links to its pieces), or null. */
export async function readJoinProducing(db: Db, sdkAppId: number, fileId: string): Promise<JoinSummary | null> {
  const [row] = await db
    .select()
    .from(recordingJoins)
    .where(and(eq(recordingJoins.sdkAppId, sdkAppId), eq(recordingJoins.outputFileId, fileId)))
    .limit(1);
  return row ? toJoinSummary(row) : null;
}

export interface SessionPlace {
  position: number;
  count: number;
  /** The file a finished join of exactly this session made, if any. */
  joinedFileId: string | null;
}

/**
 * For a library page: where each listed file sits in its split session. Two queries whatever the
 * page's size: every row sharing a session key with a listed file, then the finished joins of
 * those keys. Files that are no piece of a split session are absent from the map.
 */
export async function sessionPlaces(
  db: Db,
  sdkAppId: number,
  fileIds: readonly string[],
): Promise<Map<string, SessionPlace>> {
  const places = new Map<string, SessionPlace>();
  if (fileIds.length === 0) return places;
  const keysOfListed = db
    .select({ sessionKey: recordingFiles.sessionKey })
    .from(recordingFiles)
    .where(and(eq(recordingFiles.sdkAppId, sdkAppId), inArray(recordingFiles.fileId, [...fileIds])));
  const rows = await db
    .select(pieceColumns)
    .from(recordingFiles)
    .where(
      and(
        eq(recordingFiles.sdkAppId, sdkAppId),
        inArray(recordingFiles.sessionKey, keysOfListed),
        sql`${recordingFiles.sessionKey} not like ${`${JOIN_SESSION_PREFIX}%`}`,
      ),
    );
  const sessions = groupSessionPieces(rows);
  if (sessions.length === 0) return places;
  const joins = await db
    .select({
      sessionKey: recordingJoins.sessionKey,
      pieceFileIds: recordingJoins.pieceFileIds,
      outputFileId: recordingJoins.outputFileId,
    })
    .from(recordingJoins)
    .where(
      and(
        eq(recordingJoins.sdkAppId, sdkAppId),
        eq(recordingJoins.status, "finished"),
        inArray(recordingJoins.sessionKey, [...new Set(sessions.map((session) => session.sessionKey))]),
      ),
    );
  const listed = new Set(fileIds);
  for (const session of sessions) {
    const ids = session.pieces.map((piece) => piece.fileId);
    const joined = joins.find((join) => join.sessionKey === session.sessionKey && samePieces(join.pieceFileIds, ids));
    for (const piece of session.pieces) {
      if (!listed.has(piece.fileId)) continue;
      places.set(piece.fileId, {
        position: piece.position,
        count: session.pieces.length,
        joinedFileId: joined?.outputFileId ?? null,
      });
    }
  }
  return places;
}
