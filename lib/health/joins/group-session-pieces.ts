/**
 * Pieces of one legacy (CSS) session may be this far apart: a file cut at the maximum file length
 * is followed at once, and a stream that comes back after an interruption longer than the resume
 * timeout gets a new file. That interruption is longer than the timeout by definition, so a gap
 * derived from the timeout would cut exactly the pieces it is meant to join; 30 minutes is the
 * largest resume timeout CSS allows (1800 s), the longest pause still read as "the same broadcast",
 * and it does not move when someone changes the timeout after the recording.
 */
export const SESSION_GAP_MS = 30 * 60_000;

/** The outputs of joins carry this session key, so they are never grouped as pieces themselves. */
export const JOIN_SESSION_PREFIX = "join:";

/** What grouping reads of a `recording_files` row. */
export interface PieceSource {
  fileId: string;
  vodSubAppId: number | null;
  sessionKey: string | null;
  format: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
  discoveredAt: Date;
}

export interface SessionPiece extends PieceSource {
  /** 1 for the first piece in time. */
  position: number;
}

export interface SplitSession {
  sessionKey: string;
  format: string | null;
  vodSubAppId: number | null;
  /** At least two, in start order. */
  pieces: SessionPiece[];
}

const isTaskSession = (sessionKey: string): boolean => sessionKey.startsWith("task:");

const byStart = (a: PieceSource, b: PieceSource): number =>
  (a.startedAt?.getTime() ?? 0) - (b.startedAt?.getTime() ?? 0) || a.fileId.localeCompare(b.fileId);

/**
 * Split recordings: rows of one session key, format and VOD application (EditMedia joins files of
 * one application), chained in start order. `css:<stream>` names every recording the stream ever
 * had, so a piece starting more than `gapMs` after the previous ones ended opens a new session; a
 * cloud-recording task's key (`task:<TaskId>:<UserId>:<MediaId>`) is one recording already. Rows
 * without a key or a start time cannot be placed and are left out, and so is every session of one
 * piece.
 */
export function groupSessionPieces(rows: readonly PieceSource[], gapMs: number = SESSION_GAP_MS): SplitSession[] {
  const buckets = new Map<string, PieceSource[]>();
  for (const row of rows) {
    if (row.sessionKey === null || row.startedAt === null || row.sessionKey.startsWith(JOIN_SESSION_PREFIX)) continue;
    const bucketKey = JSON.stringify([row.sessionKey, row.format, row.vodSubAppId]);
    const bucket = buckets.get(bucketKey);
    if (bucket) bucket.push(row);
    else buckets.set(bucketKey, [row]);
  }
  const sessions: SplitSession[] = [];
  for (const bucket of buckets.values()) {
    const [first] = bucket;
    if (!first?.sessionKey) continue;
    const sessionKey = first.sessionKey;
    const noGapRule = isTaskSession(sessionKey);
    let chain: PieceSource[] = [];
    let chainEnd = 0;
    const close = (): void => {
      if (chain.length >= 2)
        sessions.push({
          sessionKey,
          format: first.format,
          vodSubAppId: first.vodSubAppId,
          pieces: chain.map((piece, index) => ({ ...piece, position: index + 1 })),
        });
      chain = [];
    };
    for (const piece of [...bucket].sort(byStart)) {
      const start = piece.startedAt?.getTime() ?? 0;
      if (chain.length > 0 && !noGapRule && start - chainEnd > gapMs) close();
      chain.push(piece);
      chainEnd = Math.max(chain.length === 1 ? start : chainEnd, piece.endedAt?.getTime() ?? start);
    }
    close();
  }
  return sessions;
}

/** The same pieces, whatever their order: a join is "of this session" only when it joined all of it. */
export const samePieces = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");
