"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatAmount, formatNumber, type Currency } from "@/lib/costs/money";
import type { SettingsEstimate } from "@/lib/costs/settings-estimate";
import {
  DEFAULT_COST_ASSUMPTIONS,
  assumptionText,
  parseAssumptions,
  settingsChange,
  type CostAssumptions,
} from "@/lib/costs/settings-scenario";
import { TIER_LABELS } from "@/lib/costs/tiers";
import { costPricesQueryOptions } from "@/lib/queries/cost-prices";
import type { PublicSettings } from "@/lib/settings/public-settings";
import { CostAssumptionsFields } from "./cost-assumptions-fields";
import type { SettingsForm } from "./form-types";

/** The reference's price list is cloud.tencent.com's: the legacy per-channel price exists only in CNY. */
const CURRENCY: Currency = "CNY";

function signed(amount: number, currency: Currency): string {
  if (amount === 0) return "no change";
  return `${amount > 0 ? "+" : "−"}${formatAmount(Math.abs(amount), currency)}/month`;
}

function assumptionWords(assumptions: CostAssumptions): string {
  const billing =
    assumptions.regime === "old"
      ? "billed per output minute of each format (TRTC recording, old price list)"
      : "billed on the month's peak of concurrent streams, each format a channel (legacy live recording)";
  return `${formatNumber(assumptions.streams)} streams recorded ${formatNumber(assumptions.hoursPerStream)} h each a month, at ${TIER_LABELS[assumptions.tier]} and ${formatNumber(assumptions.videoKbps)} + ${formatNumber(assumptions.audioKbps)} kbps, ${billing}. Storage is priced at steady state: a month's files × price per GB per day × retention days.`;
}

function EstimateLines({ estimate }: { estimate: SettingsEstimate }) {
  return (
    <>
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {estimate.lines.map((line) => (
          <li key={`${line.label}-${line.priceKey}`}>
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
    </>
  );
}

/**
 * What the formats and retention in the form cost per month (recording + storage), against the
 * saved settings, before saving (settingsChange). Its assumptions are adjustable and never saved.
 */
export function SettingsCostCard({ form, saved }: { form: SettingsForm; saved: PublicSettings }) {
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
        <CardTitle id="settings-cost-title">What this costs per month</CardTitle>
        <CardDescription>
          Recording and storage for a month under these formats and this retention, before you save. The settings do not
          say how much is recorded: adjust the assumptions to your rooms.
        </CardDescription>
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
            <p className="text-destructive">The prices could not be loaded: {prices.error.message}</p>
          ) : !assumptions.ok ? (
            <p>Correct the assumptions above to see the estimate.</p>
          ) : result && !result.ok ? (
            <p>{result.message}</p>
          ) : result ? (
            <>
              {result.hasChanged ? (
                <p data-testid="settings-cost-change">
                  Current settings <span className="tabular-nums">{formatAmount(result.before.total, CURRENCY)}</span> →
                  with these changes{" "}
                  <span className="font-semibold tabular-nums">{formatAmount(result.after.total, CURRENCY)}</span> per
                  month: <span className="font-semibold tabular-nums">{signed(result.change, CURRENCY)}</span>
                </p>
              ) : (
                <p>
                  At the current settings:{" "}
                  <span className="font-semibold tabular-nums">≈ {formatAmount(result.after.total, CURRENCY)}</span> per
                  month. Change the formats or the retention to see what it does.
                </p>
              )}
              <EstimateLines estimate={result.after} />
              <p className="text-xs text-muted-foreground">
                Assumed: {assumptionWords(assumptions.assumptions)} Prices from the price book, in {CURRENCY}.
              </p>
            </>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
