"use client";
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
      <form onSubmit={handleSubmit} noValidate aria-label="Usage range" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="usage-from">From</Label>
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
          <Label htmlFor="usage-to">To</Label>
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
        <Button type="submit">Show</Button>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="usage-currency">Currency</Label>
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
          {isFetching ? "Refreshing…" : "Refresh"}
        </Button>
      </form>
      <FieldError id="usage-from-error" messages={errors.from} />
      <FieldError id="usage-to-error" messages={errors.to} />
      <FieldError id="usage-currency-error" messages={errors.currency} />
      <div className="flex flex-wrap gap-2" role="group" aria-label="Ranges">
        {usageRangePresets(today).map((preset) => (
          <Button key={preset.label} variant="ghost" size="sm" onClick={() => apply(preset.range)}>
            {preset.label}
          </Button>
        ))}
      </div>
      <p className="text-xs text-muted-foreground">
        Billing days in Beijing time (UTC+8), at most 31 at a time, within the last 365 days.
      </p>
    </div>
  );
}
