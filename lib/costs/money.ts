import type { Locale } from "@/lib/i18n/locales";

export type Currency = "CNY" | "USD";

/**
 * How an amount names its currency per language: English keeps the ISO code ("15,000 CNY", as
 * Tencent's intl pages do); Chinese writes 元 / 美元 after the number, as cloud.tencent.com does.
 */
const CURRENCY_WORDS: Record<Locale, Record<Currency, string>> = {
  en: { CNY: "CNY", USD: "USD" },
  "zh-CN": { CNY: "元", USD: "美元" },
};

/** A currency as an amount's unit reads in that language ("CNY" / "元"). */
export function currencyWord(currency: Currency, locale: Locale = "en"): string {
  return CURRENCY_WORDS[locale][currency];
}

/**
 * The number of an amount as the console shows it (calculator, estimates, usage chart): 2
 * decimals from 1 up, 5 below, and an amount too small for 5 decimals in 3 significant digits
 * rather than as 0 (a day's storage of one short recording costs millionths). Sums of small
 * prices keep full precision; only the display rounds.
 */
export function formatAmountNumber(value: number, locale: Locale = "en"): string {
  const intlLocale = locale === "en" ? "en-US" : locale;
  if (value !== 0 && Math.abs(value) < 0.000005) {
    return value.toLocaleString(intlLocale, { maximumSignificantDigits: 3 });
  }
  const digits = Math.abs(value) >= 1 ? 2 : 5;
  return value.toLocaleString(intlLocale, { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** The one money format of the console: "1,234.5 CNY" in English, "1,234.5 元" in Chinese. */
export function formatAmount(value: number, currency: Currency, locale: Locale = "en"): string {
  return `${formatAmountNumber(value, locale)} ${currencyWord(currency, locale)}`;
}

/** A number as a formula shows it: no float noise, thousands separated. */
export function formatNumber(value: number, locale: Locale = "en"): string {
  return Number(value.toPrecision(12)).toLocaleString(locale === "en" ? "en-US" : locale, {
    maximumFractionDigits: 6,
  });
}
