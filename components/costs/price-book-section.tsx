import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PriceBookEntry } from "@/lib/data/costs/price-book";
import type { PriceBookSection as Section } from "@/lib/costs/price-groups";
import { PRICE_ITEMS, type PriceUnit } from "@/lib/costs/price-keys";
import { currencyWord, formatNumber } from "@/lib/costs/money";
import { isLocale } from "@/lib/i18n/locales";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { PriceRowEditor } from "./price-row-editor";

const UNIT_KEYS = {
  "per 1,000 min": "per1000Min",
  "per month": "perMonth",
  "per min": "perMin",
  "per GB per day": "perGbDay",
  "per GB": "perGb",
} as const satisfies Record<PriceUnit, string>;

/** One group of the price book (what it bills), each key's CNY and USD prices side by side. */
export async function PriceBookSection({ section, canEdit }: { section: Section<PriceBookEntry>; canEdit: boolean }) {
  const t = await getTranslations("costs.priceBook");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  const messageText = await getMessageText();
  return (
    <Card id={`prices-${section.group}`} data-testid={`price-group-${section.group}`} className="scroll-mt-4">
      <CardHeader>
        <CardTitle>{t(`groups.${section.group}.title`)}</CardTitle>
        <CardDescription>{t(`groups.${section.group}.billedFor`)}</CardDescription>
      </CardHeader>
      <CardContent>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("item")}</TableHead>
              <TableHead className="text-right">{t("price")}</TableHead>
              <TableHead>{t("source")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {section.entries.map((entry) => (
              <TableRow key={`${entry.key}-${entry.currency}`} data-testid={`price-${entry.key}-${entry.currency}`}>
                <TableCell className="align-top">
                  {t(`items.${entry.key}`)}
                  {canEdit ? <PriceRowEditor entry={entry} /> : null}
                </TableCell>
                <TableCell className="text-right align-top whitespace-nowrap tabular-nums">
                  {entry.amount === null ? (
                    <span className="text-muted-foreground">{t("noListPrice", { currency: entry.currency })}</span>
                  ) : (
                    <>
                      {formatNumber(entry.amount, locale)} {currencyWord(entry.currency, locale)}{" "}
                    </>
                  )}
                  <span className="text-xs text-muted-foreground">
                    {t(`units.${UNIT_KEYS[PRICE_ITEMS[entry.key].unit]}`)}
                  </span>
                </TableCell>
                <TableCell className="align-top text-xs">
                  <span className="flex flex-wrap items-center gap-1">
                    {entry.unconfirmed ? <Badge variant="warning">{t("unconfirmed")}</Badge> : null}
                    {entry.editedBy ? (
                      <Badge variant="default">{t("editedBy", { email: entry.editedBy })}</Badge>
                    ) : null}
                  </span>
                  {t("sourceAndDate", { source: messageText(entry.source), date: entry.asOf ?? t("undated") })}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
