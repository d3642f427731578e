"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** A number input that reports NaN while the text is not a number, so results can say so. */
export function NumberField({
  id,
  label,
  value,
  onChange,
  step = "any",
  min = 0,
  optional = false,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  step?: string;
  min?: number;
  /** An optional field may be left empty without being marked wrong. */
  optional?: boolean;
}) {
  const isEmpty = value.trim() === "";
  const invalid = isEmpty ? !optional : !Number.isFinite(Number(value)) || Number(value) < min;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        min={min}
        value={value}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

export function ChoiceField<Value extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: Value;
  options: ReadonlyArray<{ value: Value; label: string }>;
  onChange: (value: Value) => void;
}) {
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Parses the calculator's inputs; null when any is missing or negative. */
export function numbers<Keys extends string>(values: Record<Keys, string>): Record<Keys, number> | null {
  const parsed = {} as Record<Keys, number>;
  for (const key of Object.keys(values) as Keys[]) {
    const number = Number(values[key]);
    if (values[key].trim() === "" || !Number.isFinite(number) || number < 0) return null;
    parsed[key] = number;
  }
  return parsed;
}

/** The result of one section with the arithmetic behind it (a message from the formulas, see Estimate). */
export function ResultLine({
  testId,
  amount,
  formula,
}: {
  testId: string;
  amount: string | null;
  formula: string | null;
}): ReactNode {
  const t = useTranslations("costs.calculator");
  const messageText = useMessageText();
  return (
    <div className="rounded-md bg-muted px-4 py-3" data-testid={testId} aria-live="polite">
      {amount && formula ? (
        <>
          <p className="text-lg font-semibold tabular-nums">{amount}</p>
          <p className="font-mono text-xs text-muted-foreground">{messageText(formula)}</p>
        </>
      ) : (
        <p className="text-sm text-destructive">{t("enterNumbers")}</p>
      )}
    </div>
  );
}
