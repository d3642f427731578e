"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { storage } from "@/lib/costs/formulas";
import { CalculatorSection } from "./calculator-section";
import { NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";
import { useMoney } from "./use-money";

export function StorageSection({ prices }: { prices: CalculatorPrices }) {
  const t = useTranslations("costs.calculator.storage");
  const money = useMoney();
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
    <CalculatorSection title={t("title")} description={t("description")}>
      <div className="grid gap-3 md:grid-cols-3 xl:grid-cols-6">
        <NumberField id="storage-video" label={t("videoKbps")} value={values.videoKbps} onChange={set("videoKbps")} />
        <NumberField id="storage-audio" label={t("audioKbps")} value={values.audioKbps} onChange={set("audioKbps")} />
        <NumberField id="storage-hours" label={t("hours")} value={values.hours} onChange={set("hours")} />
        <NumberField
          id="storage-days"
          label={t("retentionDays")}
          value={values.retentionDays}
          onChange={set("retentionDays")}
          step="1"
        />
        <NumberField
          id="storage-formats"
          label={t("formats")}
          value={values.formats}
          onChange={set("formats")}
          step="1"
        />
        <NumberField
          id="storage-price"
          label={t("price", { currency: prices.currency })}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      <ResultLine
        testId="result-storage"
        amount={
          estimate
            ? t("result", {
                perDay: money.amount(estimate.perDay, estimate.currency),
                total: money.amount(estimate.amount, estimate.currency),
              })
            : null
        }
        formula={estimate?.formulaMessage ?? null}
      />
    </CalculatorSection>
  );
}
