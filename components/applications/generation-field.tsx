"use client";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { CLOUD_RECORDING_LAUNCH, TENCENT_LINKS } from "@/lib/schemas/application-constants";

const CHOICES = [
  {
    value: "cloud",
    title: "Cloud recording",
    description: `Apps created on or after ${CLOUD_RECORDING_LAUNCH}: recording tasks (CreateCloudRecording) and global auto-recording set in TRTC's console. MCU mixes are relayed, not recorded.`,
  },
  {
    value: "legacy",
    title: "Legacy recording",
    description: `Apps created before ${CLOUD_RECORDING_LAUNCH}: the recording settings of TRTC's guide (CSS recording of the relayed streams) and MCU mixes recorded by record id.`,
  },
] as const;

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
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${idPrefix}-generation-error`}>
      <legend className="mb-1 text-sm font-medium">Recording generation</legend>
      <p className="text-xs text-muted-foreground">
        One per app. TRTC&apos;s console (Application management) shows when the app was created;{" "}
        <a
          href={TENCENT_LINKS.recordingGenerations}
          className="text-primary underline"
          target="_blank"
          rel="noreferrer"
        >
          how to tell
        </a>
        .
      </p>
      {CHOICES.map((choice) => (
        <label
          key={choice.value}
          className="flex gap-3 rounded-md border border-border p-3 text-sm has-checked:border-primary"
        >
          <input type="radio" value={choice.value} className="mt-0.5 size-4" {...registration} />
          <span>
            <span className="font-medium">{choice.title}</span>
            <span className="block text-muted-foreground">{choice.description}</span>
          </span>
        </label>
      ))}
      <FieldError id={`${idPrefix}-generation-error`} messages={error ? [error] : undefined} />
    </fieldset>
  );
}
