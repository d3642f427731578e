"use client";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  USAGE_CURRENCIES,
  usageRangePresets,
  checkUsageRange,
  type UsageRange,
  type UsageSearch,
} from "@/lib/schemas/usage-range";

type FieldErrors = Partial<Record<"from" | "to" | "currency", string[]>>;

/**
 * The range (two dates, or a preset) and the currency. Dates are checked here with the same
 * check the route uses, so a range the APIs would refuse never reaches the URL.
 */
export function UsageRangeForm({
  initial,
  initialErrors,
  today,
  isFetching,
  onChange,
  onRefresh,
}: {
  /** The URL's values as typed (possibly invalid). */
  initial: { from: string; to: string; currency: UsageSearch["currency"] };
  initialErrors: FieldErrors;
  today: string;
  isFetching: boolean;
  onChange: (search: UsageSearch) => void;
  onRefresh: () => void;
}) {
  const t = useTranslations("costs.usage");
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [errors, setErrors] = useState<FieldErrors>(initialErrors);

  function apply(range: UsageRange) {
    const checked = checkUsageRange(range, today);
    if (!checked.ok) {
      setErrors(checked.fieldErrors);
      return;
    }
    setErrors({});
    onChange({ range: checked.range, currency: initial.currency });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    apply({ from, to });
  }

  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={handleSubmit} noValidate aria-label={t("form.label")} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="usage-from">{t("form.from")}</Label>
          <Input
            id="usage-from"
            type="date"
            value={from}
            max={today}
            onChange={(event) => setFrom(event.target.value)}
            aria-invalid={errors.from ? true : undefined}
            aria-describedby="usage-from-error"
            className="w-40"
          />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="usage-to">{t("form.to")}</Label>
          <Input
            id="usage-to"
            type="date"
            value={to}
            max={today}
            onChange={(event) => setTo(event.target.value)}
            aria-invalid={errors.to ? true : undefined}
            aria-describedby="usage-to-error"
            className="w-40"
          />
        </div>
        <Button type="submit">{t("form.show")}</Button>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="usage-currency">{t("form.currency")}</Label>
          <Select
            id="usage-currency"
            value={initial.currency}
            aria-describedby="usage-currency-error"
            className="w-28"
            onChange={(event) => {
              const currency = USAGE_CURRENCIES.find((candidate) => candidate === event.target.value);
              const checked = checkUsageRange({ from: initial.from, to: initial.to }, today);
              if (currency && checked.ok) onChange({ range: checked.range, currency });
            }}
          >
            {USAGE_CURRENCIES.map((currency) => (
              <option key={currency} value={currency}>
                {currency}
              </option>
            ))}
          </Select>
        </div>
        <Button variant="outline" onClick={onRefresh} disabled={isFetching}>
          {isFetching ? t("form.refreshing") : t("form.refresh")}
        </Button>
      </form>
      <FieldError id="usage-from-error" messages={errors.from} />
      <FieldError id="usage-to-error" messages={errors.to} />
      <FieldError id="usage-currency-error" messages={errors.currency} />
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("form.presets")}>
        {usageRangePresets(today).map((preset) => (
          <Button key={preset.id} variant="ghost" size="sm" onClick={() => apply(preset.range)}>
            {t(`presets.${preset.id}`)}
          </Button>
        ))}
      </div>
      <p className="text-xs text-muted-foreground">{t("form.note")}</p>
    </div>
  );
}
