"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { RecordingFormat } from "@/lib/schemas/recording-settings";
import { previewFileNames } from "@/lib/settings/file-name-preview";
import type { SettingsForm } from "./form-types";

const ALL_FORMATS: RecordingFormat[] = ["hls", "mp4", "flv", "aac"];

/** The names the current form values will give recordings (sample values, times in UTC+8). */
export function FileNamePreviewCard({ form, sdkAppId }: { form: SettingsForm; sdkAppId: number }) {
  const t = useTranslations("settings.preview");
  const messageText = useMessageText();
  // Fixed once per page view so the preview does not tick while the form is edited.
  const [start] = useState(() => new Date(Math.floor(Date.now() / 60_000) * 60_000));
  const rawFormats = form.watch("formats");
  const list = Array.isArray(rawFormats) ? rawFormats : typeof rawFormats === "string" ? [rawFormats] : [];
  const formats = ALL_FORMATS.filter((format) => list.includes(format));
  const minutes = Number(form.watch("maxFileMinutes"));
  const preview = previewFileNames({
    sdkAppId,
    formats: formats.length > 0 ? formats : ["hls"],
    mode: form.watch("mode") === "chosen" ? "chosen" : "global",
    start,
    minutes: Number.isFinite(minutes) && minutes > 0 ? Math.min(minutes, 120) : 60,
  });
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="flex flex-col gap-3 text-sm" data-testid="file-name-preview">
          {preview.map((entry) => (
            <div key={entry.label}>
              <dt className="text-muted-foreground">{messageText(entry.label)}</dt>
              {entry.names.map((name) => (
                <dd key={name} className="font-mono text-xs break-all">
                  {name}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
