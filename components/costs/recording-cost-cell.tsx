"use client";
import { Skeleton } from "@/components/ui/skeleton";
import { formatAmount } from "@/lib/costs/money";
import type { PriceTable } from "@/lib/costs/price-table";
import { estimateLibraryRecording, type RecordingCostSource } from "@/lib/costs/recording-facts";

/**
 * A library row's estimated cost (recording + storage over its retention); the arithmetic is in
 * the cell's tooltip and on the recording's page. `prices` is undefined while they load.
 */
export function RecordingCostCell({
  recording,
  prices,
  hasFailed,
}: {
  recording: RecordingCostSource;
  prices: PriceTable | undefined;
  hasFailed: boolean;
}) {
  if (hasFailed) return <span title="The prices could not be loaded">–</span>;
  if (!prices) return <Skeleton className="ml-auto h-4 w-16" />;
  const estimate = estimateLibraryRecording(recording, prices);
  const perDay = recording.expiresAt === null ? estimate.storagePerDay?.amount : null;
  const details = [...estimate.lines.map((line) => `${line.label}: ${line.formula}`), ...estimate.gaps].join("\n");
  return (
    <span className="flex flex-col items-end" title={details} data-testid="recording-cost">
      <span className="tabular-nums">
        {formatAmount(estimate.total, estimate.currency)}
        {estimate.missingPrices.length > 0 ? " + unpriced" : ""}
      </span>
      {typeof perDay === "number" ? (
        <span className="text-xs text-muted-foreground tabular-nums">
          + {formatAmount(perDay, estimate.currency)}/day
        </span>
      ) : null}
    </span>
  );
}
