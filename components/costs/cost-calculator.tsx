"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Currency } from "@/lib/costs/money";
import { ChoiceField } from "./calculator-field";
import { LegacyRecordingSection } from "./legacy-recording-section";
import { MixTranscodingSection } from "./mix-transcoding-section";
import { PerMinuteRecordingSection } from "./per-minute-recording-section";
import { PlaybackSection } from "./playback-section";
import { StorageSection } from "./storage-section";
import type { CalculatorPrices } from "./types";

const CURRENCIES = ["CNY", "USD"] as const satisfies readonly Currency[];

/** What-if estimates; every result shows its arithmetic. Prices start from the price book. */
export function CostCalculator({ priceBooks }: { priceBooks: Record<Currency, CalculatorPrices> }) {
  const t = useTranslations("costs.calculator");
  const [currency, setCurrency] = useState<Currency>("CNY");
  const currencies = CURRENCIES.map((value) => ({ value, label: t(`currencies.${value}`) }));
  const prices = priceBooks[currency];
  return (
    <div className="flex flex-col gap-4">
      <div className="max-w-xs">
        <ChoiceField
          id="calculator-currency"
          label={t("currency")}
          value={currency}
          options={currencies}
          onChange={setCurrency}
        />
      </div>
      {/* Keyed by currency: switching starts every section again from that currency's prices. */}
      <div key={currency} className="flex flex-col gap-4">
        <LegacyRecordingSection prices={prices} />
        <PerMinuteRecordingSection prices={prices} />
        <StorageSection prices={prices} />
        <PlaybackSection prices={prices} />
        <MixTranscodingSection prices={prices} />
      </div>
    </div>
  );
}
