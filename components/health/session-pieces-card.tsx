import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/recordings/local-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Db } from "@/lib/db/open-database";
import { samePieces } from "@/lib/health/joins/group-session-pieces";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { recordingPath } from "@/lib/recordings/recording-path";
import { readFileSession, readJoinProducing, type JoinSummary } from "@/lib/data/health/read-file-session";
import { JoinSessionButton } from "./join-session-button";

const when = (at: string | null) => (at ? <LocalTime iso={at} /> : "—");

/** `error`: the join's error in words (stored as a message, or a cloud's own text). */
function JoinLine({ join, pieceCount, error }: { join: JoinSummary; pieceCount: number; error: string | null }) {
  const t = useTranslations("health.sessionPieces");
  const time = () => when(join.requestedAt);
  return (
    <li data-testid="session-join" data-status={join.status}>
      <span className="font-medium">{t(`statuses.${join.status}`)}</span>
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
      {join.pieceFileIds.length !== pieceCount ? t("pieceCount", { count: join.pieceFileIds.length }) : ""}
      {error ? <span className="text-destructive">{t("joinError", { error })}</span> : null}
      <span className="text-xs text-muted-foreground">
        {join.requestedByEmail
          ? t.rich("requestedBy", { email: join.requestedByEmail, time })
          : t.rich("requestedAutomatically", { time })}
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
  const [t, messageText] = await Promise.all([getTranslations("health.sessionPieces"), getMessageText()]);
  const pieceIds = session?.pieces.map((piece) => piece.fileId) ?? [];
  const hasJoinOfAll = session?.joins.some(
    (join) => join.status !== "failed" && samePieces(join.pieceFileIds, pieceIds),
  );
  return (
    <Card data-testid="session-pieces">
      <CardHeader>
        <CardTitle>{session ? t("splitTitle", { count: session.pieces.length }) : t("joinedTitle")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm">
        {producedBy ? (
          <div>
            <p>{t("joinedFrom")}</p>
            <ol className="list-decimal space-y-1 pl-5" aria-label={t("joinedFromLabel")}>
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
            <ol className="list-decimal space-y-1 pl-5" aria-label={t("piecesLabel")}>
              {session.pieces.map((piece) => (
                <li key={piece.fileId} data-testid="session-piece">
                  {piece.fileId === fileId ? (
                    <span aria-current="page" className="font-medium">
                      {t("thisFile", { fileId: piece.fileId })}
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
                    {t.rich("span", { start: () => when(piece.startedAt), end: () => when(piece.endedAt) })}
                  </span>
                </li>
              ))}
            </ol>
            {session.joins.length > 0 ? (
              <ul className="space-y-1" aria-label={t("joinsLabel")}>
                {session.joins.map((join) => (
                  <JoinLine
                    key={join.id}
                    join={join}
                    pieceCount={session.pieces.length}
                    error={join.error ? messageText(join.error) : null}
                  />
                ))}
              </ul>
            ) : null}
            {/* Kept mounted once a join exists, so what came of the click stays said after the refresh. */}
            {canOperate ? (
              <JoinSessionButton fileId={fileId} pieceCount={session.pieces.length} canJoin={!hasJoinOfAll} />
            ) : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
