import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CurrencyReport, UsageReport } from "@/lib/costs/usage-report";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { useMoney } from "../use-money";

/** Usage APIs that did not answer: their costs are missing from every figure on the page. */
export function UsageFailures({ failures }: { failures: UsageReport["failures"] }) {
  const t = useTranslations("costs.usage.failures");
  const messageText = useMessageText();
  if (failures.length === 0) return null;
  return (
    <Alert variant="destructive" data-testid="usage-failures">
      <p className="font-medium">{t("intro")}</p>
      <ul className="mt-1 list-disc pl-5">
        {failures.map((failure) => (
          <li key={`${failure.period}-${failure.source}`}>
            {t("line", {
              what: messageText(failure.what),
              isMonth: String(failure.period === "month"),
              message: messageText(failure.message),
            })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** How the range's total adds up, one priced usage key per row, with its arithmetic. */
export function UsageBreakdown({ currencyReport }: { currencyReport: CurrencyReport }) {
  const t = useTranslations("costs.usage.breakdown");
  const money = useMoney();
  const messageText = useMessageText();
  const { breakdown, costs } = currencyReport;
  return (
    <Card aria-labelledby="usage-breakdown-title">
      <CardHeader>
        <CardTitle id="usage-breakdown-title">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {breakdown.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("nothing")}</p>
        ) : (
          <Table aria-label={t("label")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("what")}</TableHead>
                <TableHead>{t("readFrom")}</TableHead>
                <TableHead>{t("usageKey")}</TableHead>
                <TableHead>{t("arithmetic")}</TableHead>
                <TableHead className="text-right">{t("amount")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {breakdown.map((line) => (
                <TableRow key={`${line.source}-${line.key}-${line.priceKey}`} data-testid={`usage-line-${line.source}`}>
                  <TableCell>{messageText(line.label)}</TableCell>
                  <TableCell className="font-mono text-xs">{line.api}</TableCell>
                  <TableCell className="font-mono text-xs">{line.key}</TableCell>
                  <TableCell className="font-mono text-xs tabular-nums">{messageText(line.formula)}</TableCell>
                  <TableCell className="text-right tabular-nums">{money.amount(line.amount, costs.currency)}</TableCell>
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
  const t = useTranslations("costs.usage.unpriced");
  const messageText = useMessageText();
  return (
    <Card aria-labelledby="usage-unpriced-title" data-testid="usage-unpriced">
      <CardHeader>
        <CardTitle id="usage-unpriced-title">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        {texts.length === 0 ? (
          <p className="text-sm">{t("none")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {texts.map((text) => (
              <li key={text}>{messageText(text)}</li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
