"use client";
import { useState } from "react";
import { perMinuteRecording } from "@/lib/costs/formulas";
import { formatAmount } from "@/lib/costs/money";
import type { PriceKey } from "@/lib/costs/price-book-defaults";
import { CalculatorSection } from "./calculator-section";
import { ChoiceField, NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";

const TIERS = [
  { value: "Audio", label: "Audio only" },
  { value: "Sd", label: "SD ≤ 640×480" },
  { value: "Hd", label: "HD ≤ 1280×720" },
  { value: "Fhd", label: "Full HD ≤ 1920×1080" },
  { value: "2k", label: "2K ≤ 2560×1440" },
  { value: "4k", label: "4K ≤ 4096×2176" },
] as const;
type Tier = (typeof TIERS)[number]["value"];
const MODES = [
  { value: "Single", label: "Single stream" },
  { value: "Mixed", label: "Mixed (charged per input stream)" },
] as const;
type Mode = (typeof MODES)[number]["value"];

const priceKey = (mode: Mode, tier: Tier) => `recording${mode}${tier}` as PriceKey;

export function PerMinuteRecordingSection({ prices }: { prices: CalculatorPrices }) {
  const [tier, setTier] = useState<Tier>("Hd");
  const [mode, setMode] = useState<Mode>("Single");
  const [values, setValues] = useState({
    minutes: "1000",
    inputStreams: "1",
    price: priceText(prices, priceKey("Single", "Hd")),
  });
  const parsed = numbers(values);
  const estimate = parsed
    ? perMinuteRecording({
        minutes: parsed.minutes,
        pricePer1000Minutes: parsed.price,
        inputStreams: mode === "Mixed" ? Math.max(1, Math.round(parsed.inputStreams)) : 1,
        currency: prices.currency,
      })
    : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  const choose = (nextMode: Mode, nextTier: Tier) => {
    setMode(nextMode);
    setTier(nextTier);
    setValues({ ...values, price: priceText(prices, priceKey(nextMode, nextTier)) });
  };
  return (
    <CalculatorSection
      title="Recording, per-minute billing"
      description="New cloud recording is billed per input-stream minute by resolution tier; partial minutes round up."
    >
      <div className="grid gap-3 md:grid-cols-5">
        <NumberField id="minute-minutes" label="Minutes" value={values.minutes} onChange={set("minutes")} />
        <ChoiceField
          id="minute-tier"
          label="Tier"
          value={tier}
          options={TIERS}
          onChange={(next) => choose(mode, next)}
        />
        <ChoiceField
          id="minute-mode"
          label="Kind"
          value={mode}
          options={MODES}
          onChange={(next) => choose(next, tier)}
        />
        {mode === "Mixed" ? (
          <NumberField
            id="minute-inputs"
            label="Input streams"
            value={values.inputStreams}
            onChange={set("inputStreams")}
            step="1"
          />
        ) : null}
        <NumberField
          id="minute-price"
          label={`Price per 1,000 min (${prices.currency})`}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      {values.price === "" ? (
        <p className="text-xs text-muted-foreground">
          The price book has no {prices.currency} price for this tier; enter one.
        </p>
      ) : null}
      <ResultLine
        testId="result-per-minute-recording"
        amount={estimate ? formatAmount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formula ?? null}
      />
    </CalculatorSection>
  );
}
