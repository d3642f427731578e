"use client";
import { useState } from "react";
import { mixTranscoding } from "@/lib/costs/formulas";
import { formatAmount } from "@/lib/costs/money";
import type { PriceKey } from "@/lib/costs/price-book-defaults";
import { CalculatorSection } from "./calculator-section";
import { ChoiceField, NumberField, ResultLine, numbers } from "./calculator-field";
import type { CalculatorPrices } from "./types";

/** The MCU price list's tiers (reference §6.2); the tiers without a list price ask for one. */
const TIERS = [
  { value: "mcuMixAudio", label: "Audio only" },
  { value: "mcuMixSdH264", label: "H.264 SD ≤ 640×480" },
  { value: "mcuMixHdH264", label: "H.264 HD ≤ 1280×720" },
  { value: "mcuMixFhdH264", label: "H.264 Full HD ≤ 1920×1080" },
  { value: "mcuMix2kH264", label: "H.264 2K" },
  { value: "mcuMix4kH264", label: "H.264 4K" },
  { value: "mcuMixSdH265", label: "H.265 SD" },
  { value: "mcuMixHdH265", label: "H.265 HD" },
  { value: "mcuMixFhdH265", label: "H.265 Full HD" },
  { value: "mcuMix2kH265", label: "H.265 2K" },
  { value: "mcuMix4kH265", label: "H.265 4K" },
] as const satisfies ReadonlyArray<{ value: PriceKey; label: string }>;
type Tier = (typeof TIERS)[number]["value"];

/** The price book keeps MCU prices per 1,000 min, as Tencent lists them; the field is per minute. */
function perMinuteText(prices: CalculatorPrices, key: Tier): string {
  const per1000 = prices.prices[key];
  return per1000 === undefined ? "" : String(Number((per1000 / 1000).toPrecision(12)));
}

export function MixTranscodingSection({ prices }: { prices: CalculatorPrices }) {
  const [tier, setTier] = useState<Tier>("mcuMixHdH264");
  const [values, setValues] = useState({ minutes: "60", price: perMinuteText(prices, "mcuMixHdH264") });
  const parsed = numbers(values);
  const estimate = parsed
    ? mixTranscoding({ minutes: parsed.minutes, pricePerMinute: parsed.price, currency: prices.currency })
    : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection
      title="Mix transcoding (MCU)"
      description="StartMCUMixTranscode is billed at TRTC's MCU mix-transcoding price list (doc 647/49446): minutes of the mix by output resolution and codec, viewers or not; partial minutes round up. Mixing in CSS instead is billed at CSS live-transcoding prices (see the price book)."
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
            setValues({ ...values, price: perMinuteText(prices, next) });
          }}
        />
        <NumberField
          id="mix-price"
          label={`Price per minute (${prices.currency})`}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      {values.price === "" ? (
        <p className="text-xs text-muted-foreground">
          The price book has no {prices.currency} MCU price for this output; enter one.
        </p>
      ) : null}
      <ResultLine
        testId="result-mix-transcoding"
        amount={estimate ? formatAmount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formula ?? null}
      />
    </CalculatorSection>
  );
}
