"use client";
import { useState } from "react";
import { storage } from "@/lib/costs/formulas";
import { formatAmount } from "@/lib/costs/money";
import { CalculatorSection } from "./calculator-section";
import { NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";

export function StorageSection({ prices }: { prices: CalculatorPrices }) {
  const [values, setValues] = useState({
    videoKbps: "1000",
    audioKbps: "0",
    hours: "1",
    retentionDays: "1",
    formats: "1",
    price: priceText(prices, "storagePerGbDay"),
  });
  const parsed = numbers(values);
  const estimate = parsed
    ? storage({
        videoKbps: parsed.videoKbps,
        audioKbps: parsed.audioKbps,
        durationSeconds: parsed.hours * 3600,
        pricePerGbDay: parsed.price,
        retentionDays: parsed.retentionDays,
        formats: parsed.formats,
        currency: prices.currency,
      })
    : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection
      title="Storage"
      description="Size = (video + audio bitrate) / 8 × duration, with 1 GB = 1,000 MB; VOD bills the daily peak per GB per day, for each format kept."
    >
      <div className="grid gap-3 md:grid-cols-3 xl:grid-cols-6">
        <NumberField id="storage-video" label="Video kbps" value={values.videoKbps} onChange={set("videoKbps")} />
        <NumberField id="storage-audio" label="Audio kbps" value={values.audioKbps} onChange={set("audioKbps")} />
        <NumberField id="storage-hours" label="Hours recorded" value={values.hours} onChange={set("hours")} />
        <NumberField
          id="storage-days"
          label="Retention days"
          value={values.retentionDays}
          onChange={set("retentionDays")}
          step="1"
        />
        <NumberField id="storage-formats" label="Formats" value={values.formats} onChange={set("formats")} step="1" />
        <NumberField
          id="storage-price"
          label={`Per GB per day (${prices.currency})`}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      <ResultLine
        testId="result-storage"
        amount={
          estimate
            ? `${formatAmount(estimate.perDay, estimate.currency)} per day · ${formatAmount(estimate.amount, estimate.currency)} over the retention`
            : null
        }
        formula={estimate?.formula ?? null}
      />
    </CalculatorSection>
  );
}
