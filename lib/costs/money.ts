export type Currency = "CNY" | "USD";

/**
 * The one money format of the console (calculator, estimates, usage chart): 2 decimals from 1 up,
 * 5 below, and an amount too small for 5 decimals in 3 significant digits rather than as 0 (a
 * day's storage of one short recording costs millionths). Sums of small prices keep full
 * precision; only the display rounds.
 */
export function formatAmount(value: number, currency: Currency): string {
  if (value !== 0 && Math.abs(value) < 0.000005) {
    return `${value.toLocaleString("en-US", { maximumSignificantDigits: 3 })} ${currency}`;
  }
  const digits = Math.abs(value) >= 100 ? 2 : Math.abs(value) >= 1 ? 2 : 5;
  const text = value.toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits });
  return `${text} ${currency}`;
}

/** A number as a formula shows it: no float noise, thousands separated. */
export function formatNumber(value: number): string {
  return Number(value.toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 6 });
}
