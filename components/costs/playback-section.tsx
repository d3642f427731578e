"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { playback } from "@/lib/costs/formulas";
import { trafficTiersOf } from "@/lib/costs/guide-examples";
import { CalculatorSection } from "./calculator-section";
import { NumberField, ResultLine, numbers } from "./calculator-field";
import type { CalculatorPrices } from "./types";
import { useMoney } from "./use-money";

export function PlaybackSection({ prices }: { prices: CalculatorPrices }) {
  const t = useTranslations("costs.calculator.playback");
  const money = useMoney();
  const [values, setValues] = useState({ fileSizeGb: "1", viewers: "1000" });
  const [customPrice, setCustomPrice] = useState("");
  const parsed = numbers(values);
  const custom = customPrice.trim() === "" ? null : Number(customPrice);
  const tiers =
    custom !== null && Number.isFinite(custom) && custom >= 0
      ? [{ upToGb: null, pricePerGb: custom }]
      : trafficTiersOf(prices);
  const estimate = parsed && tiers.length > 0 ? playback({ ...parsed, tiers, currency: prices.currency }) : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection title={t("title")} description={t("description")}>
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField id="playback-size" label={t("fileSize")} value={values.fileSizeGb} onChange={set("fileSizeGb")} />
        <NumberField
          id="playback-viewers"
          label={t("viewers")}
          value={values.viewers}
          onChange={set("viewers")}
          step="1"
        />
        <NumberField
          id="playback-price"
          label={t("ownPrice", { currency: prices.currency })}
          value={customPrice}
          onChange={setCustomPrice}
          optional
        />
      </div>
      <ResultLine
        testId="result-playback"
        amount={estimate ? money.amount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formulaMessage ?? null}
      />
    </CalculatorSection>
  );
}
