"use client";
import { LocalTime } from "@/components/recordings/local-time";
import { Alert } from "@/components/ui/alert";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { isActive } from "@/lib/recording-tasks/status";
import { ElapsedCost } from "./elapsed-cost";
import { ProducedFiles } from "./produced-files";

/** Who started and stopped a recording, when, for how long at what cost, and its layout history. */
export function RecordingFacts({ recording, extra }: { recording: RecordingTaskDto; extra: Array<[string, string]> }) {
  const isRunning = isActive(recording.status);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {extra.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted-foreground">{term}</dt>
            <dd className="font-mono text-xs break-all">{value}</dd>
          </div>
        ))}
        <dt className="text-muted-foreground">Started</dt>
        <dd>
          <LocalTime iso={recording.startedAt} /> by {recording.startedBy}
        </dd>
        {recording.stopRequestedAt ? (
          <>
            <dt className="text-muted-foreground">Stopped</dt>
            <dd>
              <LocalTime iso={recording.stopRequestedAt} /> by {recording.stoppedBy ?? "—"}
            </dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">{isRunning ? "Running for" : "Ran for"}</dt>
        <dd>
          <ElapsedCost recording={recording} />
        </dd>
        <dt className="text-muted-foreground">Layout changes</dt>
        <dd>
          {recording.layoutChanges.length === 0 ? (
            "none"
          ) : (
            <ol className="flex flex-col gap-0.5" aria-label="Layout changes">
              {recording.layoutChanges.map((change) => (
                <li key={change.at}>
                  {change.layout} · <LocalTime iso={change.at} /> by {change.byEmail}
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt className="text-muted-foreground">Files</dt>
        <dd>
          <ProducedFiles files={recording.files} isRunning={isRunning} />
        </dd>
      </dl>
      {recording.endReason && !isRunning ? <p className="text-muted-foreground">{recording.endReason}</p> : null}
      {recording.lastError ? (
        <Alert variant="destructive" data-testid="recording-last-error">
          {recording.lastError}
        </Alert>
      ) : null}
    </div>
  );
}
