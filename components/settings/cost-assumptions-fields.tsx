"use client";
import { useTranslations } from "next-intl";
import type { KeyboardEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { AssumptionText, CostAssumptions } from "@/lib/costs/settings-scenario";
import type { ResolutionTier } from "@/lib/costs/tiers";

type NumberKey = "streams" | "hoursPerStream" | "videoKbps" | "audioKbps";

/** The number fields; each one's label is settings.cost.<key>. */
const NUMBER_FIELDS: Array<{ key: NumberKey; step: string }> = [
  { key: "streams", step: "1" },
  { key: "hoursPerStream", step: "any" },
  { key: "videoKbps", step: "any" },
  { key: "audioKbps", step: "any" },
];

/** In the select's order; labels are settings.cost.pictures.<tier>. */
const PICTURES: ResolutionTier[] = ["sd", "hd", "fhd", "2k", "4k", "audio"];

/** Labels are settings.cost.regimes.<regime>. */
const REGIMES: Array<CostAssumptions["regime"]> = ["old", "legacy"];

/** These fields sit inside the settings form: Enter must not save the settings. */
const keepEnterHere = (event: KeyboardEvent<HTMLInputElement>) => {
  if (event.key === "Enter") event.preventDefault();
};

/** The estimate's assumptions, adjustable by the admin; nothing here is saved. */
export function CostAssumptionsFields({
  text,
  errors,
  onChange,
}: {
  text: AssumptionText;
  errors: Partial<Record<NumberKey, string>>;
  onChange: (text: AssumptionText) => void;
}) {
  const t = useTranslations("settings.cost");
  return (
    <fieldset className="grid gap-3 md:grid-cols-3" aria-label={t("assumptionsLabel")}>
      {NUMBER_FIELDS.map(({ key, step }) => {
        const error = errors[key];
        return (
          <div key={key} className="flex flex-col gap-1.5">
            <Label htmlFor={`cost-${key}`}>{t(key)}</Label>
            <Input
              id={`cost-${key}`}
              type="number"
              inputMode="decimal"
              min={0}
              step={step}
              value={text[key]}
              onKeyDown={keepEnterHere}
              onChange={(event) => onChange({ ...text, [key]: event.target.value })}
              aria-invalid={error ? true : undefined}
              aria-describedby={`cost-${key}-error`}
            />
            <FieldError id={`cost-${key}-error`} messages={error ? [error] : undefined} />
          </div>
        );
      })}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="cost-tier">{t("picture")}</Label>
        <Select
          id="cost-tier"
          value={text.tier}
          onChange={(event) => {
            const tier = PICTURES.find((picture) => picture === event.target.value);
            if (tier) onChange({ ...text, tier });
          }}
        >
          {PICTURES.map((picture) => (
            <option key={picture} value={picture}>
              {t(`pictures.${picture}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="cost-regime">{t("billing")}</Label>
        <Select
          id="cost-regime"
          value={text.regime}
          onChange={(event) => {
            const regime = REGIMES.find((candidate) => candidate === event.target.value);
            if (regime) onChange({ ...text, regime });
          }}
        >
          {REGIMES.map((regime) => (
            <option key={regime} value={regime}>
              {t(`regimes.${regime}`)}
            </option>
          ))}
        </Select>
      </div>
    </fieldset>
  );
}
