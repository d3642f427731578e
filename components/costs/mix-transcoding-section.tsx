"use client";
import { useState } from "react";
import { mixTranscoding } from "@/lib/costs/formulas";
import { formatAmount } from "@/lib/costs/money";
import type { PriceKey } from "@/lib/costs/price-book-defaults";
import { CalculatorSection } from "./calculator-section";
import { ChoiceField, NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";

const TIERS = [
  { value: "mixTranscoding480p", label: "480P output" },
  { value: "mixTranscoding720p", label: "720P output" },
  { value: "mixTranscoding1080p", label: "1080P output" },
  { value: "mixTranscoding2k", label: "2K output" },
  { value: "mixTranscoding4k", label: "4K output" },
] as const satisfies ReadonlyArray<{ value: PriceKey; label: string }>;
type Tier = (typeof TIERS)[number]["value"];

export function MixTranscodingSection({ prices }: { prices: CalculatorPrices }) {
  const [tier, setTier] = useState<Tier>("mixTranscoding720p");
  const [values, setValues] = useState({ minutes: "60", price: priceText(prices, "mixTranscoding720p") });
  const parsed = numbers(values);
  const estimate = parsed
    ? mixTranscoding({ minutes: parsed.minutes, pricePerMinute: parsed.price, currency: prices.currency })
    : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection
      title="Mix transcoding"
      description="Mixing is charged for the mix's duration by output resolution, viewers or not; at least one minute."
    >
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField id="mix-minutes" label="Minutes mixed" value={values.minutes} onChange={set("minutes")} />
        <ChoiceField
          id="mix-tier"
          label="Output"
          value={tier}
          options={TIERS}
          onChange={(next) => {
            setTier(next);
            setValues({ ...values, price: priceText(prices, next) });
          }}
        />
        <NumberField
          id="mix-price"
          label={`Price per minute (${prices.currency})`}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      <ResultLine
        testId="result-mix-transcoding"
        amount={estimate ? formatAmount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formula ?? null}
      />
    </CalculatorSection>
  );
}
