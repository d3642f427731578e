"use client";
import type { KeyboardEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { AssumptionText, CostAssumptions } from "@/lib/costs/settings-scenario";
import type { ResolutionTier } from "@/lib/costs/tiers";

type NumberKey = "streams" | "hoursPerStream" | "videoKbps" | "audioKbps";

const NUMBER_FIELDS: Array<{ key: NumberKey; label: string; step: string }> = [
  { key: "streams", label: "Streams recorded", step: "1" },
  { key: "hoursPerStream", label: "Hours per stream per month", step: "any" },
  { key: "videoKbps", label: "Stream video bitrate (kbps)", step: "any" },
  { key: "audioKbps", label: "Stream audio bitrate (kbps)", step: "any" },
];

const PICTURES: Array<{ value: ResolutionTier; label: string }> = [
  { value: "sd", label: "SD (≤ 640×480)" },
  { value: "hd", label: "HD (≤ 1280×720)" },
  { value: "fhd", label: "Full HD (≤ 1920×1080)" },
  { value: "2k", label: "2K (≤ 2560×1440)" },
  { value: "4k", label: "4K" },
  { value: "audio", label: "Audio only" },
];

const REGIMES: Array<{ value: CostAssumptions["regime"]; label: string }> = [
  { value: "old", label: "Per output minute (TRTC recording, old price list)" },
  { value: "legacy", label: "Per concurrent stream and format per month (legacy live recording)" },
];

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
  return (
    <fieldset className="grid gap-3 md:grid-cols-3" aria-label="Assumptions of the estimate">
      {NUMBER_FIELDS.map(({ key, label, step }) => {
        const error = errors[key];
        return (
          <div key={key} className="flex flex-col gap-1.5">
            <Label htmlFor={`cost-${key}`}>{label}</Label>
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
        <Label htmlFor="cost-tier">Picture</Label>
        <Select
          id="cost-tier"
          value={text.tier}
          onChange={(event) => {
            const tier = PICTURES.find((picture) => picture.value === event.target.value)?.value;
            if (tier) onChange({ ...text, tier });
          }}
        >
          {PICTURES.map((picture) => (
            <option key={picture.value} value={picture.value}>
              {picture.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="cost-regime">Billing</Label>
        <Select
          id="cost-regime"
          value={text.regime}
          onChange={(event) => {
            const regime = REGIMES.find((candidate) => candidate.value === event.target.value)?.value;
            if (regime) onChange({ ...text, regime });
          }}
        >
          {REGIMES.map((regime) => (
            <option key={regime.value} value={regime.value}>
              {regime.label}
            </option>
          ))}
        </Select>
      </div>
    </fieldset>
  );
}
