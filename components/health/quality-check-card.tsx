import { seekHashOf } from "@/components/recordings/seek-hash";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { readFileCheck } from "@/lib/data/health/read-file-check";
import type { Db } from "@/lib/db/open-database";
import { CheckAgainButton } from "./check-again-button";
import { fileOffset, qualityProblemLabel } from "./quality-problem-label";

const when = (at: Date | null) => (at ? at.toISOString().replace("T", " ").slice(0, 19) : "—");

const STATUS: Record<string, string> = {
  queued: "Waiting for its check",
  running: "Being checked",
  done: "Checked",
  failed: "The check could not run",
};

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
  const check = await readFileCheck(db, sdkAppId, fileId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Quality check</CardTitle>
      </CardHeader>
      <CardContent className="space-y-2 text-sm">
        {check === null ? (
          <p className="text-muted-foreground">
            Not checked: no callback announced this file and reconciliation has not found it yet.
          </p>
        ) : (
          <>
            <p data-testid="quality-status">
              {check.checkStatus === "done"
                ? check.problems && check.problems.length > 0
                  ? `${check.problems.length} problem${check.problems.length === 1 ? "" : "s"} found`
                  : "OK: no problem found"
                : STATUS[check.checkStatus]}
            </p>
            {check.problems && check.problems.length > 0 ? (
              <ul className="list-disc space-y-1 pl-5">
                {check.problems.map((problem) => (
                  <li key={`${problem.kind}-${problem.startSec ?? "file"}`}>
                    <span className="font-medium">{qualityProblemLabel(problem.kind)}</span>
                    {problem.startSec !== null ? (
                      <>
                        {" at "}
                        <a
                          href={seekHashOf(problem.startSec)}
                          className="text-primary tabular-nums underline underline-offset-2"
                          title="Play the recording from here"
                          data-testid="quality-problem-seek"
                        >
                          {fileOffset(problem.startSec)}
                          {problem.endSec !== null ? `–${fileOffset(problem.endSec)}` : ""}
                        </a>
                      </>
                    ) : null}
                    {problem.detail ? `: ${problem.detail}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            {check.checkError ? <p className="text-muted-foreground">Last attempt: {check.checkError}</p> : null}
            <p className="text-xs text-muted-foreground">
              Queued {when(check.checkQueuedAt)} · started {when(check.checkStartedAt)} · finished{" "}
              {when(check.checkFinishedAt)} · {check.checkAttempts} attempt{check.checkAttempts === 1 ? "" : "s"}
              {check.checkCpuMs !== null ? ` · ${(check.checkCpuMs / 1000).toFixed(1)} CPU s` : ""} (UTC)
            </p>
            {canOperate ? <CheckAgainButton fileId={fileId} /> : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}
