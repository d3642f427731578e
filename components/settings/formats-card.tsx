"use client";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { RECORDING_FORMATS } from "@/lib/schemas/recording-limits";
import { messagesOf, type SettingsForm } from "./form-types";

export function FormatsCard({ form }: { form: SettingsForm }) {
  // Each format's note is settings.formats.<format> ("HLS: …").
  const t = useTranslations("settings.formats");
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        {RECORDING_FORMATS.map((format) => (
          <label key={format} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={format} className="size-4" {...form.register("formats")} />
            {t(format)}
          </label>
        ))}
        <FieldError id="settings-formats-error" messages={messagesOf(form, "formats")} />
      </CardContent>
    </Card>
  );
}
