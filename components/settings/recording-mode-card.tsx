"use client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { messagesOf, type SettingsForm } from "./form-types";

const MODES = [
  {
    value: "global",
    title: "Global auto recording",
    description: "Every stream published in any room of this application is recorded.",
  },
  {
    value: "chosen",
    title: "Chosen-user recording",
    description:
      "Only chosen streams are recorded: a user who enters a room with a userDefineRecordId (set in the client SDK's enterRoom parameters or push URL), or a mix started with a RecordId.",
  },
] as const;

export function RecordingModeCard({ form }: { form: SettingsForm }) {
  const enabled = form.watch("enabled");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Cloud recording</CardTitle>
        <CardDescription>Whether this application&apos;s rooms are recorded, and which streams.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" className="size-4" {...form.register("enabled")} />
          Record this application&apos;s rooms
        </label>
        <fieldset className="flex flex-col gap-2" disabled={!enabled}>
          <legend className="mb-1 text-sm font-medium">Recording form</legend>
          {MODES.map((mode) => (
            <label
              key={mode.value}
              className="flex gap-3 rounded-md border border-border p-3 text-sm has-checked:border-primary"
            >
              <input type="radio" value={mode.value} className="mt-0.5 size-4" {...form.register("mode")} />
              <span>
                <span className="font-medium">{mode.title}</span>
                <span className="block text-muted-foreground">{mode.description}</span>
              </span>
            </label>
          ))}
          <FieldError id="settings-mode-error" messages={messagesOf(form, "mode")} />
        </fieldset>
      </CardContent>
    </Card>
  );
}
