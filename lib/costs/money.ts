export type Currency = "CNY" | "USD";

/** Sums of small prices: keep full precision, round only for display. */
export function formatAmount(value: number, currency: Currency): string {
  const digits = Math.abs(value) >= 100 ? 2 : Math.abs(value) >= 1 ? 2 : 5;
  const text = value.toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits });
  return `${text} ${currency}`;
}

/** A number as a formula shows it: no float noise, thousands separated. */
export function formatNumber(value: number): string {
  return Number(value.toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 6 });
}
