"use client";
import { useTranslations } from "next-intl";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { formatDuration } from "@/components/recording-tasks/format-duration";
import { useNow } from "@/components/recording-tasks/use-now";
import { useMoney } from "@/components/costs/use-money";

/**
 * How long a recording has run (or ran) and what that cost, from its per-hour estimate: elapsed ×
 * per hour, ticking while it runs.
 */
export function ElapsedCost({ recording }: { recording: RecordingTaskDto }) {
  const t = useTranslations("recordingTasks.running");
  const messageText = useMessageText();
  const money = useMoney();
  const now = useNow();
  const end = recording.endedAt ? Date.parse(recording.endedAt) : now;
  if (end === null || recording.status === "failed") return <span className="text-muted-foreground">—</span>;
  const seconds = (end - Date.parse(recording.startedAt)) / 1000;
  const cost = (recording.cost.perHour * Math.max(0, seconds)) / 3600;
  return (
    <span className="tabular-nums" data-testid="elapsed-cost">
      <span data-testid="elapsed">{formatDuration(seconds)}</span> ·{" "}
      <span title={recording.cost.gaps.map(messageText).join(" ")}>
        {t("costSoFar", {
          cost: money.amount(cost, recording.cost.currency),
          perHour: money.amount(recording.cost.perHour, recording.cost.currency),
        })}
      </span>
    </span>
  );
}
