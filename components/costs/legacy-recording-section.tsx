"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { legacyConcurrencyRecording } from "@/lib/costs/formulas";
import { CalculatorSection } from "./calculator-section";
import { NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";
import { useMoney } from "./use-money";

export function LegacyRecordingSection({ prices }: { prices: CalculatorPrices }) {
  const t = useTranslations("costs.calculator.legacy");
  const money = useMoney();
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
    <CalculatorSection title={t("title")} description={t("description")}>
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField
          id="legacy-peak"
          label={t("peakStreams")}
          value={values.peakStreams}
          onChange={set("peakStreams")}
          step="1"
        />
        <NumberField
          id="legacy-formats"
          label={t("formats")}
          value={values.formats}
          onChange={set("formats")}
          step="1"
        />
        <NumberField
          id="legacy-price"
          label={t("price", { currency: prices.currency })}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      <ResultLine
        testId="result-legacy-recording"
        amount={estimate ? t("perMonth", { amount: money.amount(estimate.amount, estimate.currency) }) : null}
        formula={estimate?.formulaMessage ?? null}
      />
    </CalculatorSection>
  );
}
