"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { TENCENT_LINKS } from "@/lib/schemas/application-constants";

// Each choice's title and description are `applications.generationField.<value>Title` / `<value>Description`.
const CHOICES = ["cloud", "legacy"] as const;

/** The app's recording generation: one per app, decided by when it was created. */
export function GenerationField({
  idPrefix,
  registration,
  error,
}: {
  idPrefix: string;
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const t = useTranslations("applications");
  const launch = t("cloudRecordingLaunch");
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${idPrefix}-generation-error`}>
      <legend className="mb-1 text-sm font-medium">{t("generationField.legend")}</legend>
      <p className="text-xs text-muted-foreground">
        {t.rich("generationField.intro", {
          link: (chunks) => (
            <a
              href={TENCENT_LINKS.recordingGenerations}
              className="text-primary underline"
              target="_blank"
              rel="noreferrer"
            >
              {chunks}
            </a>
          ),
        })}
      </p>
      {CHOICES.map((choice) => (
        <label
          key={choice}
          className="flex gap-3 rounded-md border border-border p-3 text-sm has-checked:border-primary"
        >
          <input type="radio" value={choice} className="mt-0.5 size-4" {...registration} />
          <span>
            <span className="font-medium">{t(`generationField.${choice}Title`)}</span>
            <span className="block text-muted-foreground">{t(`generationField.${choice}Description`, { launch })}</span>
          </span>
        </label>
      ))}
      <FieldError id={`${idPrefix}-generation-error`} messages={error ? [error] : undefined} />
    </fieldset>
  );
}
