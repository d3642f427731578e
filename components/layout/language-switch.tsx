"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toaster";
import { chooseLocale } from "@/lib/actions/locale/choose-locale";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** The sidebar's language choice, saved for the user; the page re-renders in the new language. */
export function LanguageSwitch() {
  const t = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  return (
    <label className="flex flex-col gap-1 px-3 text-xs text-sidebar-muted">
      {t("language")}
      <select
        value={locale}
        disabled={isPending}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLocale(chosen)) return;
          startTransition(async () => {
            const result = await chooseLocale({ locale: chosen });
            if (!result.ok) toast.error(result.error.message);
            else router.refresh();
          });
        }}
        className="rounded-md border border-sidebar-accent bg-sidebar px-2 py-1 text-sm text-sidebar-foreground"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
