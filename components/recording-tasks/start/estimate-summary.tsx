import type { HourlyEstimate } from "@/lib/costs/hourly-estimate";
import { formatAmount } from "@/lib/costs/money";

/** A per-hour estimate with the arithmetic of each line and what it leaves out (lib/costs). */
export function EstimateSummary({ estimate, title }: { estimate: HourlyEstimate; title: string }) {
  return (
    <section aria-label={title} className="flex flex-col gap-2 rounded-md border bg-muted/40 p-3 text-sm">
      <p className="font-medium">
        {title}: <span className="tabular-nums">≈ {formatAmount(estimate.total, estimate.currency)}</span> per hour
      </p>
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {estimate.lines.map((line) => (
          <li key={`${line.label}-${line.priceKey}`}>
            <span className="text-foreground">{line.label}</span>: <span className="tabular-nums">{line.formula}</span>
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
        Prices from the price book (Costs → Prices), in {estimate.currency}.
      </p>
    </section>
  );
}
