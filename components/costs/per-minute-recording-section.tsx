"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { perMinuteRecording } from "@/lib/costs/formulas";
import type { PriceKey } from "@/lib/costs/price-book-defaults";
import { CalculatorSection } from "./calculator-section";
import { ChoiceField, NumberField, ResultLine, numbers } from "./calculator-field";
import { priceText, type CalculatorPrices } from "./types";
import { useMoney } from "./use-money";

const TIERS = ["Audio", "Sd", "Hd", "Fhd", "2k", "4k"] as const;
type Tier = (typeof TIERS)[number];
const MODES = ["Single", "Mixed"] as const;
type Mode = (typeof MODES)[number];

const priceKey = (mode: Mode, tier: Tier) => `recording${mode}${tier}` as PriceKey;

export function PerMinuteRecordingSection({ prices }: { prices: CalculatorPrices }) {
  const t = useTranslations("costs.calculator.perMinute");
  const money = useMoney();
  const tiers = TIERS.map((value) => ({ value, label: t(`tiers.${value}`) }));
  const modes = MODES.map((value) => ({ value, label: t(`modes.${value}`) }));
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
    <CalculatorSection title={t("title")} description={t("description")}>
      <div className="grid gap-3 md:grid-cols-5">
        <NumberField id="minute-minutes" label={t("minutes")} value={values.minutes} onChange={set("minutes")} />
        <ChoiceField
          id="minute-tier"
          label={t("tier")}
          value={tier}
          options={tiers}
          onChange={(next) => choose(mode, next)}
        />
        <ChoiceField
          id="minute-mode"
          label={t("kind")}
          value={mode}
          options={modes}
          onChange={(next) => choose(next, tier)}
        />
        {mode === "Mixed" ? (
          <NumberField
            id="minute-inputs"
            label={t("inputStreams")}
            value={values.inputStreams}
            onChange={set("inputStreams")}
            step="1"
          />
        ) : null}
        <NumberField
          id="minute-price"
          label={t("price", { currency: prices.currency })}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      {values.price === "" ? (
        <p className="text-xs text-muted-foreground">{t("noPrice", { currency: prices.currency })}</p>
      ) : null}
      <ResultLine
        testId="result-per-minute-recording"
        amount={estimate ? money.amount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formulaMessage ?? null}
      />
    </CalculatorSection>
  );
}
