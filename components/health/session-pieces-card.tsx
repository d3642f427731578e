import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Db } from "@/lib/db/open-database";
import { samePieces } from "@/lib/health/joins/group-session-pieces";
import { recordingPath } from "@/lib/recordings/recording-path";
import { readFileSession, readJoinProducing, type JoinSummary } from "@/lib/data/health/read-file-session";
import { JoinSessionButton } from "./join-session-button";

const when = (at: string | null) => (at ? at.replace("T", " ").slice(0, 19) : "—");

const STATUS: Record<JoinSummary["status"], string> = {
  processing: "Joining in VOD…",
  finished: "Joined",
  failed: "Failed",
};

function JoinLine({ join, pieceCount }: { join: JoinSummary; pieceCount: number }) {
  return (
    <li data-testid="session-join" data-status={join.status}>
      <span className="font-medium">{STATUS[join.status]}</span>
      {join.status === "finished" && join.outputFileId ? (
        <>
          {": "}
          <Link
            href={recordingPath(join.outputFileId, join.vodSubAppId)}
            className="text-primary underline underline-offset-2"
            data-testid="session-joined-file"
          >
            {join.outputName ?? join.outputFileId}
          </Link>
        </>
      ) : null}
      {join.pieceFileIds.length !== pieceCount ? ` (${join.pieceFileIds.length} pieces)` : ""}
      {join.error ? <span className="text-destructive">: {join.error}</span> : null}
      <span className="text-xs text-muted-foreground">
        {" "}
        · {join.requestedByEmail ?? "automatically"}, {when(join.requestedAt)} UTC
      </span>
    </li>
  );
}

/**
 * A split recording's pieces on the recording page: each in order with a link, this one marked,
 * the joins made of them and "Join into one file" for operators; for a joined file, the pieces it
 * was joined from. Renders nothing for a file that is neither.
 */
export async function SessionPiecesCard({
  db,
  sdkAppId,
  fileId,
  canOperate,
}: {
  db: Db;
  sdkAppId: number;
  fileId: string;
  canOperate: boolean;
}) {
  const [session, producedBy] = await Promise.all([
    readFileSession(db, sdkAppId, fileId),
    readJoinProducing(db, sdkAppId, fileId),
  ]);
  if (!session && !producedBy) return null;
  const pieceIds = session?.pieces.map((piece) => piece.fileId) ?? [];
  const hasJoinOfAll = session?.joins.some(
    (join) => join.status !== "failed" && samePieces(join.pieceFileIds, pieceIds),
  );
  return (
    <Card data-testid="session-pieces">
      <CardHeader>
        <CardTitle>{session ? `Split recording: ${session.pieces.length} pieces` : "Joined file"}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {producedBy ? (
          <div>
            <p>Joined from:</p>
            <ol className="list-decimal space-y-1 pl-5" aria-label="Pieces this file was joined from">
              {producedBy.pieceFileIds.map((pieceId) => (
                <li key={pieceId}>
                  <Link
                    href={recordingPath(pieceId, producedBy.vodSubAppId)}
                    className="text-primary underline underline-offset-2"
                    data-testid="joined-from-piece"
                  >
                    {pieceId}
                  </Link>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {session ? (
          <>
            <ol className="list-decimal space-y-1 pl-5" aria-label="Pieces of this recording, in order">
              {session.pieces.map((piece) => (
                <li key={piece.fileId} data-testid="session-piece">
                  {piece.fileId === fileId ? (
                    <span aria-current="page" className="font-medium">
                      {piece.fileId} (this file)
                    </span>
                  ) : (
                    <Link
                      href={recordingPath(piece.fileId, piece.vodSubAppId)}
                      className="text-primary underline underline-offset-2"
                    >
                      {piece.fileId}
                    </Link>
                  )}
                  <span className="text-xs text-muted-foreground tabular-nums">
                    {" "}
                    · {when(piece.startedAt)} – {when(piece.endedAt)} UTC
                  </span>
                </li>
              ))}
            </ol>
            {session.joins.length > 0 ? (
              <ul className="space-y-1" aria-label="Joins of these pieces">
                {session.joins.map((join) => (
                  <JoinLine key={join.id} join={join} pieceCount={session.pieces.length} />
                ))}
              </ul>
            ) : null}
            {canOperate && !hasJoinOfAll ? (
              <JoinSessionButton fileId={fileId} pieceCount={session.pieces.length} />
            ) : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
