import { formatAmount } from "@/lib/costs/money";
import type { PriceTable } from "@/lib/costs/price-table";
import { estimateLibraryRecording, type RecordingCostSource } from "@/lib/costs/recording-facts";

const BILLING_NOTES: Record<string, string> = {
  Record: "A legacy (CSS) recording: charged at the old output-duration prices, each format file on its own.",
  TrtcRecord:
    "A cloud-recording task's file: charged at the new input-duration prices (a mix per input), once per stream whatever the formats.",
};

/** A recording's estimated cost with the arithmetic of each line and what it leaves out. */
export function RecordingCost({ recording, prices }: { recording: RecordingCostSource; prices: PriceTable }) {
  const estimate = estimateLibraryRecording(recording, prices);
  const { currency } = estimate;
  const isForever = recording.expiresAt === null;
  return (
    <section
      aria-labelledby="recording-cost-title"
      className="flex flex-col gap-2 text-sm"
      data-testid="recording-cost"
    >
      <h3 id="recording-cost-title" className="font-medium">
        Estimated cost:{" "}
        <span className="tabular-nums" data-testid="recording-cost-total">
          {formatAmount(estimate.total, currency)}
        </span>
        {isForever && typeof estimate.storagePerDay?.amount === "number" ? (
          <span className="tabular-nums"> + {formatAmount(estimate.storagePerDay.amount, currency)}/day kept</span>
        ) : null}
      </h3>
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {estimate.lines.map((line) => (
          <li key={`${line.label}-${line.priceKey}`} data-testid={`recording-cost-${line.category}`}>
            <span className="text-foreground">{line.label}</span>:{" "}
            <span className="font-mono tabular-nums">{line.formula}</span>
          </li>
        ))}
      </ul>
      {estimate.gaps.length > 0 ? (
        <ul className="flex list-disc flex-col gap-1 pl-4 text-xs text-muted-foreground">
          {estimate.gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-muted-foreground">
        {recording.source.type ? (BILLING_NOTES[recording.source.type] ?? "") : ""} Prices from the price book, in{" "}
        {currency}; storage over the retention VOD holds for it.
      </p>
    </section>
  );
}
