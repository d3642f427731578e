import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { signedInUser } from "@/lib/auth/session";
import { CATALOGS } from "@/lib/i18n/catalog";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/**
 * The language of this request: the signed-in user's choice, else the one chosen on this browser
 * before signing in (the cookie), else the browser's Accept-Language, else English.
 */
async function requestLocale(): Promise<Locale> {
  const user = await signedInUser();
  if (user?.locale) return user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // No time zone here on purpose: times are shown in the viewer's zone, which only the browser
  // knows (components/ui/local-time.tsx); the server renders instants in UTC and says so.
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
