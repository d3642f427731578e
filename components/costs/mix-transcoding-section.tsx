"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { mixTranscoding } from "@/lib/costs/formulas";
import { PRICE_KEYS, type PriceKey } from "@/lib/costs/price-keys";
import { CalculatorSection } from "./calculator-section";
import { ChoiceField, NumberField, ResultLine, numbers } from "./calculator-field";
import type { CalculatorPrices } from "./types";
import { useMoney } from "./use-money";

type Tier = Extract<PriceKey, `mcuMix${string}`>;
/** The MCU price list's tiers (reference §6.2), in the price book's order; those without a list price ask for one. */
const TIERS = PRICE_KEYS.filter((key): key is Tier => key.startsWith("mcuMix"));

/** The price book keeps MCU prices per 1,000 min, as Tencent lists them; the field is per minute. */
function perMinuteText(prices: CalculatorPrices, key: Tier): string {
  const per1000 = prices.prices[key];
  return per1000 === undefined ? "" : String(Number((per1000 / 1000).toPrecision(12)));
}

export function MixTranscodingSection({ prices }: { prices: CalculatorPrices }) {
  const t = useTranslations("costs.calculator.mix");
  const money = useMoney();
  const tiers = TIERS.map((value) => ({ value, label: t(`tiers.${value}`) }));
  const [tier, setTier] = useState<Tier>("mcuMixHdH264");
  const [values, setValues] = useState({ minutes: "60", price: perMinuteText(prices, "mcuMixHdH264") });
  const parsed = numbers(values);
  const estimate = parsed
    ? mixTranscoding({ minutes: parsed.minutes, pricePerMinute: parsed.price, currency: prices.currency })
    : null;
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });
  return (
    <CalculatorSection title={t("title")} description={t("description")}>
      <div className="grid gap-3 md:grid-cols-3">
        <NumberField id="mix-minutes" label={t("minutes")} value={values.minutes} onChange={set("minutes")} />
        <ChoiceField
          id="mix-tier"
          label={t("output")}
          value={tier}
          options={tiers}
          onChange={(next) => {
            setTier(next);
            setValues({ ...values, price: perMinuteText(prices, next) });
          }}
        />
        <NumberField
          id="mix-price"
          label={t("price", { currency: prices.currency })}
          value={values.price}
          onChange={set("price")}
        />
      </div>
      {values.price === "" ? (
        <p className="text-xs text-muted-foreground">{t("noPrice", { currency: prices.currency })}</p>
      ) : null}
      <ResultLine
        testId="result-mix-transcoding"
        amount={estimate ? money.amount(estimate.amount, estimate.currency) : null}
        formula={estimate?.formulaMessage ?? null}
      />
    </CalculatorSection>
  );
}
