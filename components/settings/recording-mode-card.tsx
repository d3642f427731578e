"use client";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { messagesOf, type SettingsForm } from "./form-types";

/** Each recording form (录制形式) with its catalog keys under settings.mode. */
const MODES = [
  { value: "global", title: "globalTitle", description: "globalDescription" },
  { value: "chosen", title: "chosenTitle", description: "chosenDescription" },
] as const;

export function RecordingModeCard({ form }: { form: SettingsForm }) {
  const t = useTranslations("settings.mode");
  const enabled = form.watch("enabled");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" className="size-4" {...form.register("enabled")} />
          {t("enable")}
        </label>
        <fieldset className="flex flex-col gap-2" disabled={!enabled}>
          <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
          {MODES.map((mode) => (
            <label
              key={mode.value}
              className="flex gap-3 rounded-md border border-border p-3 text-sm has-checked:border-primary"
            >
              <input type="radio" value={mode.value} className="mt-0.5 size-4" {...form.register("mode")} />
              <span>
                <span className="font-medium">{t(mode.title)}</span>
                <span className="block text-muted-foreground">{t(mode.description)}</span>
              </span>
            </label>
          ))}
          <FieldError id="settings-mode-error" messages={messagesOf(form, "mode")} />
        </fieldset>
      </CardContent>
    </Card>
  );
}
