"use client";
import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { currencyWord, formatAmount, formatNumber, type Currency } from "@/lib/costs/money";
import type { SettingsEstimate } from "@/lib/costs/settings-estimate";
import {
  DEFAULT_COST_ASSUMPTIONS,
  assumptionText,
  parseAssumptions,
  settingsChange,
  type CostAssumptions,
} from "@/lib/costs/settings-scenario";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { Locale } from "@/lib/i18n/locales";
import { costPricesQueryOptions } from "@/lib/queries/cost-prices";
import type { PublicSettings } from "@/lib/settings/public-settings";
import { CostAssumptionsFields } from "./cost-assumptions-fields";
import type { SettingsForm } from "./form-types";

/** The reference's price list is cloud.tencent.com's: the legacy per-channel price exists only in CNY. */
const CURRENCY: Currency = "CNY";

type CostTranslator = ReturnType<typeof useTranslations<"settings.cost">>;

function signed(t: CostTranslator, amount: number, currency: Currency, locale: Locale): string {
  if (amount === 0) return t("noChange");
  const sign = amount > 0 ? "plus" : "minus";
  return t("perMonth", { sign, amount: formatAmount(Math.abs(amount), currency, locale) });
}

/** The assumptions in one sentence, numbers as the viewer's language writes them. */
function assumptionWords(t: CostTranslator, assumptions: CostAssumptions, locale: Locale): string {
  return t("assumed", {
    streams: formatNumber(assumptions.streams, locale),
    hours: formatNumber(assumptions.hoursPerStream, locale),
    tier: t(`tiers.${assumptions.tier}`),
    videoKbps: formatNumber(assumptions.videoKbps, locale),
    audioKbps: formatNumber(assumptions.audioKbps, locale),
    regime: assumptions.regime,
    currency: currencyWord(CURRENCY, locale),
  });
}

function EstimateLines({ estimate }: { estimate: SettingsEstimate }) {
  const messageText = useMessageText();
  return (
    <>
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {estimate.lines.map((line) => (
          <li key={`${line.label}-${line.priceKey}`}>
            <span className="text-foreground">{messageText(line.label)}</span>:{" "}
            <span className="font-mono tabular-nums">{messageText(line.formula)}</span>
          </li>
        ))}
      </ul>
      {estimate.gaps.length > 0 ? (
        <ul className="flex list-disc flex-col gap-1 pl-4 text-xs text-muted-foreground">
          {estimate.gaps.map((gap) => (
            <li key={gap}>{messageText(gap)}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * What the formats and retention in the form cost per month (recording + storage), against the
 * saved settings, before saving (settingsChange). Its assumptions are adjustable and never saved.
 */
export function SettingsCostCard({ form, saved }: { form: SettingsForm; saved: PublicSettings }) {
  const t = useTranslations("settings.cost");
  const locale = useLocale();
  const messageText = useMessageText();
  const prices = useQuery(costPricesQueryOptions());
  const [text, setText] = useState(() => assumptionText(DEFAULT_COST_ASSUMPTIONS));
  const [enabled, formats, retentionDays] = useWatch({
    control: form.control,
    name: ["enabled", "formats", "retentionDays"],
  });
  const assumptions = parseAssumptions(text);
  const table = prices.data?.[CURRENCY];
  const result =
    table && assumptions.ok
      ? settingsChange(saved, { enabled, formats, retentionDays }, assumptions.assumptions, table)
      : null;

  return (
    <Card aria-labelledby="settings-cost-title">
      <CardHeader>
        <CardTitle id="settings-cost-title">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <CostAssumptionsFields text={text} errors={assumptions.ok ? {} : assumptions.errors} onChange={setText} />
        <div
          className="flex flex-col gap-2 rounded-md bg-muted px-4 py-3 text-sm"
          aria-live="polite"
          data-testid="settings-cost"
        >
          {prices.isPending ? (
            <Skeleton className="h-5 w-64" />
          ) : prices.isError ? (
            <p className="text-destructive">{t("pricesFailed", { problem: messageText(prices.error.message) })}</p>
          ) : !assumptions.ok ? (
            <p>{t("correctAssumptions")}</p>
          ) : result && !result.ok ? (
            <p>{messageText(result.message)}</p>
          ) : result ? (
            <>
              {result.hasChanged ? (
                <p data-testid="settings-cost-change">
                  {t.rich("change", {
                    before: () => (
                      <span className="tabular-nums">{formatAmount(result.before.total, CURRENCY, locale)}</span>
                    ),
                    after: () => (
                      <span className="font-semibold tabular-nums">
                        {formatAmount(result.after.total, CURRENCY, locale)}
                      </span>
                    ),
                    change: () => (
                      <span className="font-semibold tabular-nums">{signed(t, result.change, CURRENCY, locale)}</span>
                    ),
                  })}
                </p>
              ) : (
                <p>
                  {t.rich("current", {
                    total: () => (
                      <span className="font-semibold tabular-nums">
                        {t("approximately", { amount: formatAmount(result.after.total, CURRENCY, locale) })}
                      </span>
                    ),
                  })}
                </p>
              )}
              <EstimateLines estimate={result.after} />
              <p className="text-xs text-muted-foreground">{assumptionWords(t, assumptions.assumptions, locale)}</p>
            </>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
