"use client";
import { useTranslations } from "next-intl";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { RECORDING_LIMITS, usesFileLength, type RecordingFormat } from "@/lib/schemas/recording-limits";
import { messagesOf, type SettingsForm } from "./form-types";

function asFormats(value: unknown): RecordingFormat[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return list.filter((item): item is RecordingFormat => ["hls", "mp4", "flv", "aac"].includes(String(item)));
}

export function LimitsCard({ form }: { form: SettingsForm }) {
  const t = useTranslations("settings.limits");
  const hasFileLength = usesFileLength(asFormats(form.watch("formats")));
  const { maxFileMinutes, retentionDays, resumeSeconds } = RECORDING_LIMITS;
  // Written as plain digits, as the schema's messages write them ("1500", not "1,500").
  const range = (limit: { min: number; max: number }) => ({ min: String(limit.min), max: String(limit.max) });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 md:grid-cols-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-max-file">{t("maxFile")}</Label>
          <Input
            id="settings-max-file"
            type="number"
            min={maxFileMinutes.min}
            max={maxFileMinutes.max}
            disabled={!hasFileLength}
            aria-invalid={form.formState.errors.maxFileMinutes ? true : undefined}
            aria-describedby="settings-max-file-note settings-maxFileMinutes-error"
            {...form.register("maxFileMinutes")}
          />
          <p id="settings-max-file-note" className="text-xs text-muted-foreground">
            {hasFileLength ? t("maxFileHint", range(maxFileMinutes)) : t("maxFileHlsOnly")}
          </p>
          <FieldError id="settings-maxFileMinutes-error" messages={messagesOf(form, "maxFileMinutes")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-retention">{t("retention")}</Label>
          <Input
            id="settings-retention"
            type="number"
            min={retentionDays.min}
            max={retentionDays.max}
            aria-invalid={form.formState.errors.retentionDays ? true : undefined}
            aria-describedby="settings-retention-note settings-retentionDays-error"
            {...form.register("retentionDays")}
          />
          <p id="settings-retention-note" className="text-xs text-muted-foreground">
            {t("retentionHint", range(retentionDays))}
          </p>
          <FieldError id="settings-retentionDays-error" messages={messagesOf(form, "retentionDays")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-resume">{t("resume")}</Label>
          <Input
            id="settings-resume"
            type="number"
            min={resumeSeconds.min}
            max={resumeSeconds.max}
            aria-invalid={form.formState.errors.resumeSeconds ? true : undefined}
            aria-describedby="settings-resume-note settings-resumeSeconds-error"
            {...form.register("resumeSeconds")}
          />
          <p id="settings-resume-note" className="text-xs text-muted-foreground">
            {t("resumeHint", range(resumeSeconds))}
          </p>
          <FieldError id="settings-resumeSeconds-error" messages={messagesOf(form, "resumeSeconds")} />
        </div>
      </CardContent>
    </Card>
  );
}
