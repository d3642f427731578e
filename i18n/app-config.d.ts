import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalog";

// next-intl checks every key a component uses against the English catalog, and its arguments.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
