import { getFormatter, getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/recordings/local-time";
import { seekHashOf } from "@/components/recordings/seek-hash";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { readFileCheck } from "@/lib/data/health/read-file-check";
import type { Db } from "@/lib/db/open-database";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { CheckAgainButton } from "./check-again-button";
import { fileOffset, isQualityProblemKind } from "./quality-problem-label";

const when = (at: Date | null) => (at ? <LocalTime iso={at.toISOString()} /> : "—");

/**
 * The file's quality check: its problems with where they are (a link that seeks the player on the
 * page there), when and how it was checked, and "Check again" for operators.
 */
export async function QualityCheckCard({
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
  const [t, format, messageText] = await Promise.all([
    getTranslations("health"),
    getFormatter(),
    // Problem details and check errors are stored as messages (plain text in rows from before).
    getMessageText(),
  ]);
  const check = await readFileCheck(db, sdkAppId, fileId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("quality.title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-2 text-sm">
        {check === null ? (
          <p className="text-muted-foreground">{t("quality.notRegistered")}</p>
        ) : (
          <>
            <p data-testid="quality-status">
              {check.checkStatus === "done"
                ? check.problems && check.problems.length > 0
                  ? t("quality.problemsFound", { count: check.problems.length })
                  : t("quality.ok")
                : t(`quality.statuses.${check.checkStatus}`)}
            </p>
            {check.problems && check.problems.length > 0 ? (
              <ul className="list-disc space-y-1 pl-5">
                {check.problems.map((problem) => (
                  <li key={`${problem.kind}-${problem.startSec ?? "file"}`}>
                    {t.rich("quality.problem", {
                      label: isQualityProblemKind(problem.kind) ? t(`problems.${problem.kind}`) : problem.kind,
                      hasTime: String(problem.startSec !== null),
                      hasDetail: String(Boolean(problem.detail)),
                      detail: problem.detail ? messageText(problem.detail) : "",
                      b: (chunks) => <span className="font-medium">{chunks}</span>,
                      seek: () =>
                        problem.startSec !== null ? (
                          <a
                            href={seekHashOf(problem.startSec)}
                            className="text-primary tabular-nums underline underline-offset-2"
                            title={t("quality.seekTitle")}
                            data-testid="quality-problem-seek"
                          >
                            {fileOffset(problem.startSec)}
                            {problem.endSec !== null ? `–${fileOffset(problem.endSec)}` : ""}
                          </a>
                        ) : null,
                    })}
                  </li>
                ))}
              </ul>
            ) : null}
            {check.checkError ? (
              <p className="text-muted-foreground">
                {t("quality.lastAttempt", { error: messageText(check.checkError) })}
              </p>
            ) : null}
            <p className="text-xs text-muted-foreground">
              {t.rich("quality.timeline", {
                queued: () => when(check.checkQueuedAt),
                started: () => when(check.checkStartedAt),
                finished: () => when(check.checkFinishedAt),
                attempts: check.checkAttempts,
                hasCpu: String(check.checkCpuMs !== null),
                cpu: format.number((check.checkCpuMs ?? 0) / 1000, {
                  minimumFractionDigits: 1,
                  maximumFractionDigits: 1,
                }),
              })}
            </p>
            {canOperate ? <CheckAgainButton fileId={fileId} /> : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}
