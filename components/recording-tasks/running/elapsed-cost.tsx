"use client";
import { formatAmount } from "@/lib/costs/money";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { formatDuration } from "@/components/recording-tasks/format-duration";
import { useNow } from "@/components/recording-tasks/use-now";

/**
 * How long a recording has run (or ran) and what that cost, from its per-hour estimate: elapsed ×
 * per hour, ticking while it runs.
 */
export function ElapsedCost({ recording }: { recording: RecordingTaskDto }) {
  const now = useNow();
  const end = recording.endedAt ? Date.parse(recording.endedAt) : now;
  if (end === null || recording.status === "failed") return <span className="text-muted-foreground">—</span>;
  const seconds = (end - Date.parse(recording.startedAt)) / 1000;
  const cost = (recording.cost.perHour * Math.max(0, seconds)) / 3600;
  return (
    <span className="tabular-nums" data-testid="elapsed-cost">
      <span data-testid="elapsed">{formatDuration(seconds)}</span> ·{" "}
      <span title={recording.cost.gaps.join(" ")}>
        {formatAmount(cost, recording.cost.currency)} so far (
        {formatAmount(recording.cost.perHour, recording.cost.currency)}
        /h)
      </span>
    </span>
  );
}
