"use client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { RECORDING_FORMATS } from "@/lib/schemas/recording-limits";
import { messagesOf, type SettingsForm } from "./form-types";

const FORMAT_NOTES: Record<(typeof RECORDING_FORMATS)[number], string> = {
  hls: "HLS: plays in every browser, one file per session, can resume after interruptions for up to 30 minutes",
  mp4: "MP4: one file per segment, downloads and plays anywhere",
  flv: "FLV: for Flash-era players and some CDNs",
  aac: "AAC: audio only",
};

export function FormatsCard({ form }: { form: SettingsForm }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>File formats</CardTitle>
        <CardDescription>
          Each extra format is recorded and stored separately: two formats cost twice the recording and twice the
          storage.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-2">
        {RECORDING_FORMATS.map((format) => (
          <label key={format} className="flex items-center gap-2 text-sm">
            <input type="checkbox" value={format} className="size-4" {...form.register("formats")} />
            {FORMAT_NOTES[format]}
          </label>
        ))}
        <FieldError id="settings-formats-error" messages={messagesOf(form, "formats")} />
      </CardContent>
    </Card>
  );
}
