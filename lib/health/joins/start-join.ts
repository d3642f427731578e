import "server-only";
import { eq, sql } from "drizzle-orm";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import type { VodClient } from "@/lib/cloud/clients";
import { CloudError } from "@/lib/cloud/errors";
import { describeMediaInfos } from "@/lib/cloud/vod/describe-media-infos";
import { editMedia } from "@/lib/cloud/vod/edit-media";
import type { Db } from "@/lib/db/open-database";
import { msg } from "@/lib/i18n/message";
import { recordingJoins, type RecordingJoinRow } from "@/lib/db/schema";
import type { RecordingDto } from "@/lib/recordings/types";
import { samePieces, type SplitSession } from "./group-session-pieces";
import { signalJoinStarted } from "./join-started";
import { findSessionOf, joinsOfPieces } from "@/lib/data/health/read-file-session";

/** EditMediaOutputConfig.MediaName: "最长 64 个字符" (SDK model). */
const MEDIA_NAME_MAX = 64;
const JOINED_SUFFIX = " (joined)";

export const joinedNameOf = (firstPieceName: string): string =>
  `${[...firstPieceName].slice(0, MEDIA_NAME_MAX - JOINED_SUFFIX.length).join("")}${JOINED_SUFFIX}`;

/**
 * The joined file is kept as long as the longest-kept piece: the latest ExpireTime, or forever
 * (no ExpireTime: EditMedia's default is "永久不过期") when any piece is kept forever. Deleting
 * the joined file before a piece it replaces would lose what only it holds in one file.
 */
export function joinedExpireTime(pieces: readonly Pick<RecordingDto, "expiresAt">[]): string | undefined {
  let latest = 0;
  for (const piece of pieces) {
    if (piece.expiresAt === null) return undefined;
    latest = Math.max(latest, Date.parse(piece.expiresAt));
  }
  return new Date(latest).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface StartJoinInput {
  sdkAppId: number;
  /** Any piece of the session. */
  fileId: string;
  /** Null: the worker's auto-join. */
  requestedByEmail: string | null;
}

/**
 * Claims the join of these pieces: refused while one of the same pieces is processing or
 * finished. The check and the insert run under a transaction-scoped advisory lock on the
 * session, so two console instances (or two clicks) cannot both start it.
 */
async function claimJoin(
  db: Db,
  session: SplitSession,
  input: StartJoinInput,
): Promise<ActionResult<RecordingJoinRow>> {
  const fileIds = session.pieces.map((piece) => piece.fileId);
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`recording_join:${input.sdkAppId}:${session.sessionKey}`}))`,
    );
    const existing = (await joinsOfPieces(tx, input.sdkAppId, session.sessionKey, fileIds)).find(
      (join) => join.status !== "failed" && samePieces(join.pieceFileIds, fileIds),
    );
    if (existing)
      return fail({
        code: "CONFLICT",
        message:
          existing.status === "finished"
            ? msg("health.joins.errors.alreadyJoined", {
                count: fileIds.length,
                fileId: existing.outputFileId ?? "?",
              })
            : msg("health.joins.errors.alreadyProcessing", { count: fileIds.length }),
      });
    const [row] = await tx
      .insert(recordingJoins)
      .values({
        sdkAppId: input.sdkAppId,
        vodSubAppId: session.vodSubAppId,
        sessionKey: session.sessionKey,
        pieceFileIds: fileIds,
        status: "processing",
        requestedByEmail: input.requestedByEmail,
      })
      .returning();
    if (!row) throw new Error("The join could not be recorded.");
    return ok(row);
  });
}

/**
 * Starts joining the split session `fileId` belongs to into one MP4 with VOD's EditMedia, pieces
 * in start order. Refused when the file is no piece of a split session, when the same pieces are
 * being or were joined, or when a piece is gone from VOD. The row is `processing` with VOD's task
 * id; the join worker follows the task to its end.
 */
export async function startJoin(
  db: Db,
  input: StartJoinInput,
  vod?: VodClient,
): Promise<ActionResult<RecordingJoinRow>> {
  const session = await findSessionOf(db, input.sdkAppId, input.fileId);
  if (!session) return fail({ code: "NOT_FOUND", message: msg("health.joins.errors.notAPiece") });
  const media = await Promise.all(
    session.pieces.map((piece) => describeMediaInfos(piece.fileId, session.vodSubAppId, vod)),
  );
  const missing = session.pieces.filter((_piece, index) => media[index] === null);
  if (missing.length > 0)
    return fail({
      code: "NOT_FOUND",
      message: msg("health.joins.errors.piecesMissing", {
        pieces: missing.map((piece) => `${piece.position} (${piece.fileId})`).join(", "),
      }),
    });
  const found = media.filter((item): item is RecordingDto => item !== null);
  const claimed = await claimJoin(db, session, input);
  if (!claimed.ok) return claimed;
  const outputName = joinedNameOf(found[0]?.name ?? session.sessionKey);
  const expireTime = joinedExpireTime(found);
  try {
    const taskId = await editMedia(
      session.pieces.map((piece) => piece.fileId),
      { MediaName: outputName, ...(expireTime ? { ExpireTime: expireTime } : {}) },
      session.vodSubAppId,
      vod,
    );
    const [row] = await db
      .update(recordingJoins)
      .set({ vodTaskId: taskId, outputName })
      .where(eq(recordingJoins.id, claimed.data.id))
      .returning();
    signalJoinStarted();
    return ok(row ?? claimed.data);
  } catch (error) {
    // Stored as the join's error: a message (`msg`) or the cloud's own, worded where it is shown.
    const message = error instanceof CloudError ? error.message : msg("health.joins.errors.editMediaFailed");
    await db
      .update(recordingJoins)
      .set({ status: "failed", finishedAt: new Date(), error: message })
      .where(eq(recordingJoins.id, claimed.data.id));
    if (error instanceof CloudError) return fail({ code: error.code, message });
    throw error;
  }
}
