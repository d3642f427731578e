/** The console's languages. English is the fallback for a browser that asks for neither. */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Where a chosen language is remembered for pages shown before sign-in (the login page). */
export const LOCALE_COOKIE = "console-locale";

/** Each language's name in itself, as the switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
