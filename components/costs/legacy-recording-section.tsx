"use client";
import { useState } from "react";
import { legacyConcurrencyRecording } from "@/lib/costs/formulas";
import { formatAmount } from "@/lib/costs/money";
import { CalculatorSection } from "./calculator-section";
import { NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";

export function LegacyRecordingSection({ prices }: { prices: CalculatorPrices }) {
  const [values, setValues] = useState({
    peakStreams: "500",
    formats: "1",
    price: priceText(prices, "legacyRecordingPerStreamMonth"),
  });
  const parsed = numbers(values);
  const estimate = parsed
    ? legacyConcurrencyRecording({
        peakStreams: parsed.peakStreams,
        formats: parsed.formats,
        pricePerStreamMonth: parsed.price,
        currency: prices.currency,
      })
    : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection
      title="Recording, legacy concurrency billing"
      description="Apps on the legacy live-recording regime pay per concurrent recorded stream, on the month's peak; each format is its own channel."
    >
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField
          id="legacy-peak"
          label="Peak concurrent streams"
          value={values.peakStreams}
          onChange={set("peakStreams")}
          step="1"
        />
        <NumberField
          id="legacy-formats"
          label="Formats (HLS, MP4, …)"
          value={values.formats}
          onChange={set("formats")}
          step="1"
        />
        <NumberField
          id="legacy-price"
          label={`Price per stream per month (${prices.currency})`}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      <ResultLine
        testId="result-legacy-recording"
        amount={estimate ? `${formatAmount(estimate.amount, estimate.currency)} per month` : null}
        formula={estimate?.formula ?? null}
      />
    </CalculatorSection>
  );
}
