import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Currency } from "@/lib/costs/money";
import type { CategoryAmounts, DailyCost } from "@/lib/costs/usage-costs";
import { USAGE_SERIES } from "./chart-config";
import { useMoney } from "../use-money";

function Amounts({ amounts, currency }: { amounts: CategoryAmounts; currency: Currency }) {
  const money = useMoney();
  return (
    <>
      {USAGE_SERIES.map((key) => (
        <TableCell key={key} className="text-right tabular-nums" data-category={key}>
          {money.amount(amounts[key], currency)}
        </TableCell>
      ))}
      <TableCell className="text-right font-medium tabular-nums" data-category="total">
        {money.amount(amounts.total, currency)}
      </TableCell>
    </>
  );
}

/** The chart's values as a table: one row per day and the range's total. */
export function UsageDayTable({ days, currency }: { days: DailyCost[]; currency: Currency }) {
  const t = useTranslations("costs.usage");
  const total: CategoryAmounts = { recording: 0, storage: 0, playback: 0, transcoding: 0, total: 0 };
  for (const day of days) for (const key of [...USAGE_SERIES, "total"] as const) total[key] += day[key];
  return (
    <Table aria-label={t("table.label")}>
      <TableHeader>
        <TableRow>
          <TableHead>{t("table.day")}</TableHead>
          {USAGE_SERIES.map((key) => (
            <TableHead key={key} className="text-right">
              {t(`series.${key}`)}
            </TableHead>
          ))}
          <TableHead className="text-right">{t("table.total")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {days.map((day) => (
          <TableRow key={day.date} data-testid={`usage-day-${day.date}`}>
            <TableCell className="tabular-nums">{day.date}</TableCell>
            <Amounts amounts={day} currency={currency} />
          </TableRow>
        ))}
        <TableRow data-testid="usage-range-total" className="font-medium">
          <TableCell>{t("table.rangeTotal")}</TableCell>
          <Amounts amounts={total} currency={currency} />
        </TableRow>
      </TableBody>
    </Table>
  );
}
