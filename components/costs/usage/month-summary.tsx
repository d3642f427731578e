import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatAmount } from "@/lib/costs/money";
import type { CurrencyReport, UsageReport } from "@/lib/costs/usage-report";
import { USAGE_CHART_CONFIG, USAGE_SERIES } from "./chart-config";

function Figure({ title, value, testId }: { title: string; value: string; testId: string }) {
  return (
    <div className="flex flex-col gap-0.5">
      <p className="text-xs text-muted-foreground">{title}</p>
      <p className="text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </p>
    </div>
  );
}

/** This month so far and projected to its end, with the projection's formula and what it leaves out. */
export function MonthSummary({ report, currencyReport }: { report: UsageReport; currencyReport: CurrencyReport }) {
  const { month, monthUnpricedText } = currencyReport;
  const currency = currencyReport.costs.currency;
  const projected = month.projected;
  const isRangeTheMonth = report.range.from === report.month.from && report.range.to === report.month.to;
  return (
    <Card aria-labelledby="month-summary-title">
      <CardHeader>
        <CardTitle id="month-summary-title">This month ({month.month})</CardTitle>
        <CardDescription>
          From {report.month.from} to today, {report.today} (Beijing time). Today&apos;s usage is still coming in.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap gap-10">
          <Figure title="So far" value={formatAmount(month.soFar.total, currency)} testId="month-so-far" />
          <Figure
            title="Projected for the month"
            value={projected ? formatAmount(projected.total, currency) : "–"}
            testId="month-projected"
          />
        </div>
        <dl className="grid grid-cols-[8rem_repeat(2,minmax(0,10rem))] gap-x-4 gap-y-1 text-sm">
          <dt className="text-xs text-muted-foreground">Category</dt>
          <dd className="text-right text-xs text-muted-foreground">So far</dd>
          <dd className="text-right text-xs text-muted-foreground">Projected</dd>
          {USAGE_SERIES.map((key) => (
            <div key={key} className="contents">
              <dt>{USAGE_CHART_CONFIG[key].label}</dt>
              <dd className="text-right tabular-nums">{formatAmount(month.soFar[key], currency)}</dd>
              <dd className="text-right tabular-nums">{projected ? formatAmount(projected[key], currency) : "–"}</dd>
            </div>
          ))}
        </dl>
        <div className="rounded-md bg-muted px-4 py-3 text-xs" data-testid="month-formula">
          <p className="font-mono">projected = C + (C ÷ n) × (D − n)</p>
          <p className="mt-1 text-muted-foreground">
            C is the cost of the n complete days of the month (the 1st to yesterday; a day without usage counts as 0)
            and D the {month.daysInMonth} days of the month. Today is partial (Tencent bills a day the next morning), so
            it is left out of the average and projected like the days left.
          </p>
          <p className="mt-1 font-mono">{month.formula}</p>
        </div>
        {monthUnpricedText.length > 0 ? (
          <div className="text-xs text-muted-foreground" data-testid="month-unpriced">
            <p>This month&apos;s figures leave out usage that could not be priced, so they are too low:</p>
            {isRangeTheMonth ? (
              <p>the same items as under &ldquo;Not priced&rdquo; below.</p>
            ) : (
              <ul className="mt-1 list-disc pl-5">
                {monthUnpricedText.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
