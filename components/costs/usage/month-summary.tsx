import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CurrencyReport, UsageReport } from "@/lib/costs/usage-report";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { USAGE_SERIES } from "./chart-config";
import { useMoney } from "../use-money";

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
  const t = useTranslations("costs.usage");
  const money = useMoney();
  const messageText = useMessageText();
  const { month, monthUnpricedText } = currencyReport;
  const currency = currencyReport.costs.currency;
  const projected = month.projected;
  const isRangeTheMonth = report.range.from === report.month.from && report.range.to === report.month.to;
  return (
    <Card aria-labelledby="month-summary-title">
      <CardHeader>
        <CardTitle id="month-summary-title">{t("month.title", { month: month.month })}</CardTitle>
        <CardDescription>{t("month.description", { from: report.month.from, today: report.today })}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap gap-10">
          <Figure title={t("month.soFar")} value={money.amount(month.soFar.total, currency)} testId="month-so-far" />
          <Figure
            title={t("month.projectedForMonth")}
            value={projected ? money.amount(projected.total, currency) : "–"}
            testId="month-projected"
          />
        </div>
        <dl className="grid grid-cols-[8rem_repeat(2,minmax(0,10rem))] gap-x-4 gap-y-1 text-sm">
          <dt className="text-xs text-muted-foreground">{t("month.category")}</dt>
          <dd className="text-right text-xs text-muted-foreground">{t("month.soFar")}</dd>
          <dd className="text-right text-xs text-muted-foreground">{t("month.projected")}</dd>
          {USAGE_SERIES.map((key) => (
            <div key={key} className="contents">
              <dt>{t(`series.${key}`)}</dt>
              <dd className="text-right tabular-nums">{money.amount(month.soFar[key], currency)}</dd>
              <dd className="text-right tabular-nums">{projected ? money.amount(projected[key], currency) : "–"}</dd>
            </div>
          ))}
        </dl>
        <div className="rounded-md bg-muted px-4 py-3 text-xs" data-testid="month-formula">
          <p className="font-mono">{t("month.formula")}</p>
          <p className="mt-1 text-muted-foreground">{t("month.formulaExplained", { days: month.daysInMonth })}</p>
          <p className="mt-1 font-mono">{messageText(month.formula)}</p>
        </div>
        {monthUnpricedText.length > 0 ? (
          <div className="text-xs text-muted-foreground" data-testid="month-unpriced">
            <p>{t("month.unpricedIntro")}</p>
            {isRangeTheMonth ? (
              <p>{t("month.unpricedSame")}</p>
            ) : (
              <ul className="mt-1 list-disc pl-5">
                {monthUnpricedText.map((text) => (
                  <li key={text}>{messageText(text)}</li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
