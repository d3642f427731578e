"use client";
import { useState } from "react";
import { playback, type TrafficTier } from "@/lib/costs/formulas";
import { formatAmount } from "@/lib/costs/money";
import { CalculatorSection } from "./calculator-section";
import { NumberField, ResultLine, numbers } from "./calculator-field";
import type { CalculatorPrices } from "./types";

function tiersOf(prices: CalculatorPrices): TrafficTier[] {
  const { prices: book } = prices;
  const tiers: Array<[number | null, number | undefined]> = [
    [500, book.traffic0To500Gb],
    [2000, book.traffic500GbTo2Tb],
    [50_000, book.traffic2To50Tb],
    [100_000, book.traffic50To100Tb],
    [null, book.trafficOver100Tb],
  ];
  return tiers.flatMap(([upToGb, pricePerGb]) => (pricePerGb === undefined ? [] : [{ upToGb, pricePerGb }]));
}

export function PlaybackSection({ prices }: { prices: CalculatorPrices }) {
  const [values, setValues] = useState({ fileSizeGb: "1", viewers: "1000" });
  const [customPrice, setCustomPrice] = useState("");
  const parsed = numbers(values);
  const custom = customPrice.trim() === "" ? null : Number(customPrice);
  const tiers =
    custom !== null && Number.isFinite(custom) && custom >= 0
      ? [{ upToGb: null, pricePerGb: custom }]
      : tiersOf(prices);
  const estimate = parsed && tiers.length > 0 ? playback({ ...parsed, tiers, currency: prices.currency }) : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection
      title="Playback traffic"
      description="Traffic = file size × viewers; the day's traffic is priced at the tier its volume falls in, unless you enter your own price."
    >
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField id="playback-size" label="File size (GB)" value={values.fileSizeGb} onChange={set("fileSizeGb")} />
        <NumberField id="playback-viewers" label="Viewers" value={values.viewers} onChange={set("viewers")} step="1" />
        <NumberField
          id="playback-price"
          label={`Own price per GB (${prices.currency}, optional)`}
          value={customPrice}
          onChange={setCustomPrice}
          optional
        />
      </div>
      <ResultLine
        testId="result-playback"
        amount={estimate ? formatAmount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formula ?? null}
      />
    </CalculatorSection>
  );
}
