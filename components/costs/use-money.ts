"use client";
import { useLocale } from "next-intl";
import { useCallback } from "react";
import { formatAmount, formatNumber, type Currency } from "@/lib/costs/money";
import { isLocale } from "@/lib/i18n/locales";

/** The console's money and number formats in the viewer's language ("15,000 CNY" / "15,000 元"). */
export function useMoney() {
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "en";
  const amount = useCallback((value: number, currency: Currency) => formatAmount(value, currency, locale), [locale]);
  const number = useCallback((value: number) => formatNumber(value, locale), [locale]);
  return { amount, number, locale };
}
