"use client";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/recordings/local-time";
import { Alert } from "@/components/ui/alert";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { isActive } from "@/lib/recording-tasks/status";
import { ElapsedCost } from "./elapsed-cost";
import { ProducedFiles } from "./produced-files";

/** Who started and stopped a recording, when, for how long at what cost, and its layout history. */
export function RecordingFacts({ recording, extra }: { recording: RecordingTaskDto; extra: Array<[string, string]> }) {
  const t = useTranslations("recordingTasks.facts");
  const messageText = useMessageText();
  const isRunning = isActive(recording.status);
  // Held apart so the rich message's callback below sees it narrowed.
  const stopRequestedAt = recording.stopRequestedAt;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {extra.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-muted-foreground">{term}</dt>
            <dd className="font-mono text-xs break-all">{value}</dd>
          </div>
        ))}
        <dt className="text-muted-foreground">{t("started")}</dt>
        <dd>
          {t.rich("atBy", {
            time: () => <LocalTime iso={recording.startedAt} />,
            who: recording.startedBy,
          })}
        </dd>
        {stopRequestedAt ? (
          <>
            <dt className="text-muted-foreground">{t("stopped")}</dt>
            <dd>
              {t.rich("atBy", {
                time: () => <LocalTime iso={stopRequestedAt} />,
                who: recording.stoppedBy ?? "—",
              })}
            </dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">{isRunning ? t("runningFor") : t("ranFor")}</dt>
        <dd>
          <ElapsedCost recording={recording} />
        </dd>
        <dt className="text-muted-foreground">{t("layoutChanges")}</dt>
        <dd>
          {recording.layoutChanges.length === 0 ? (
            t("none")
          ) : (
            <ol className="flex flex-col gap-0.5" aria-label={t("layoutChanges")}>
              {recording.layoutChanges.map((change) => (
                <li key={change.at}>
                  {t.rich("change", {
                    layout: change.layout,
                    time: () => <LocalTime iso={change.at} />,
                    who: change.byEmail,
                  })}
                </li>
              ))}
            </ol>
          )}
        </dd>
        <dt className="text-muted-foreground">{t("files")}</dt>
        <dd>
          <ProducedFiles files={recording.files} isRunning={isRunning} />
        </dd>
      </dl>
      {recording.endReason && !isRunning ? (
        <p className="text-muted-foreground">{messageText(recording.endReason)}</p>
      ) : null}
      {recording.lastError ? (
        <Alert variant="destructive" data-testid="recording-last-error">
          {messageText(recording.lastError)}
        </Alert>
      ) : null}
    </div>
  );
}
