import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatAmount } from "@/lib/costs/money";
import type { CurrencyReport, UsageReport } from "@/lib/costs/usage-report";

/** Usage APIs that did not answer: their costs are missing from every figure on the page. */
export function UsageFailures({ failures }: { failures: UsageReport["failures"] }) {
  if (failures.length === 0) return null;
  return (
    <Alert variant="destructive" data-testid="usage-failures">
      <p className="font-medium">Some usage could not be read, so the figures leave it out:</p>
      <ul className="mt-1 list-disc pl-5">
        {failures.map((failure) => (
          <li key={`${failure.period}-${failure.source}`}>
            {failure.what}
            {failure.period === "month" ? " (this month, for the projection)" : ""}: {failure.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** How the range's total adds up, one priced usage key per row, with its arithmetic. */
export function UsageBreakdown({ currencyReport }: { currencyReport: CurrencyReport }) {
  const { breakdown, costs } = currencyReport;
  return (
    <Card aria-labelledby="usage-breakdown-title">
      <CardHeader>
        <CardTitle id="usage-breakdown-title">How it adds up</CardTitle>
        <CardDescription>
          Minutes are summed per day and rounded up, as Tencent bills; storage is each day&apos;s peak; traffic is
          priced at the tier of each day&apos;s volume. Legacy (CSS) recording uses the old output-duration prices,
          cloud-recording tasks the new input-duration ones.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {breakdown.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing was billed in this range.</p>
        ) : (
          <Table aria-label="Priced usage">
            <TableHeader>
              <TableRow>
                <TableHead>What</TableHead>
                <TableHead>Read from</TableHead>
                <TableHead>Usage key</TableHead>
                <TableHead>Arithmetic</TableHead>
                <TableHead className="text-right">Amount</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {breakdown.map((line) => (
                <TableRow key={`${line.source}-${line.key}-${line.priceKey}`} data-testid={`usage-line-${line.source}`}>
                  <TableCell>{line.label}</TableCell>
                  <TableCell className="font-mono text-xs">{line.api}</TableCell>
                  <TableCell className="font-mono text-xs">{line.key}</TableCell>
                  <TableCell className="font-mono text-xs tabular-nums">{line.formula}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatAmount(line.amount, costs.currency)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** What the range's totals leave out, in words. */
export function UnpricedUsageList({ texts }: { texts: string[] }) {
  return (
    <Card aria-labelledby="usage-unpriced-title" data-testid="usage-unpriced">
      <CardHeader>
        <CardTitle id="usage-unpriced-title">Not priced</CardTitle>
        <CardDescription>
          Usage the totals leave out, never counted as 0: a usage key the console does not know, or one without a price
          in the price book.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {texts.length === 0 ? (
          <p className="text-sm">Everything in this range was priced.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {texts.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
