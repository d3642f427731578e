import type { UseFormReturn } from "react-hook-form";
import type { RecordingSettingsFormInput } from "@/lib/schemas/recording-settings";

export type SettingsForm = UseFormReturn<RecordingSettingsFormInput>;

/** The first message of a field's error, for FieldError. */
export function messagesOf(form: SettingsForm, field: keyof RecordingSettingsFormInput): string[] | undefined {
  const message = form.formState.errors[field]?.message;
  return message ? [String(message)] : undefined;
}
