import Negotiator from "negotiator";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/**
 * The console language for a browser's Accept-Language. Any Chinese the browser prefers over
 * English (zh, zh-CN, zh-TW, zh-Hans …) gets Simplified Chinese: the console has one Chinese.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const preferred = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages();
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === "*") return DEFAULT_LOCALE;
    if (lower === "zh" || lower.startsWith("zh-")) return "zh-CN";
    if (lower === "en" || lower.startsWith("en-")) return "en";
    const exact = LOCALES.find((locale) => locale.toLowerCase() === lower);
    if (exact) return exact;
  }
  return DEFAULT_LOCALE;
}
