"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { TASK_SAMPLE_RATES, type StartTaskInput, type TaskOutput } from "@/lib/schemas/task";
import { TaskFormField } from "./task-form-field";

type NumberPath =
  | "output.width"
  | "output.height"
  | "output.framerate"
  | "output.videoBitrateKbps"
  | "output.gopSeconds"
  | "output.audioBitrateKbps";

/** MixTranscodeParams of a mixed task (bitrates typed in kbps, sent in bps). */
export function TaskOutputFields({ form }: { form: UseFormReturn<StartTaskInput> }) {
  const errors = form.formState.errors.output;
  const t = useTranslations("recordingTasks.output");
  const numberField = (path: NumberPath, label: string, hint?: string) => {
    const key = path.slice("output.".length) as keyof TaskOutput;
    const id = `task-${key}`;
    return (
      <TaskFormField id={id} label={label} hint={hint} error={errors?.[key]?.message}>
        {(describedBy, isInvalid) => (
          <Input
            id={id}
            type="number"
            className="tabular-nums"
            aria-describedby={describedBy}
            aria-invalid={isInvalid || undefined}
            {...form.register(path, { valueAsNumber: true })}
          />
        )}
      </TaskFormField>
    );
  };
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-sm font-medium">{t("mixedLegend")}</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        {numberField("output.width", t("width"), t("taskWidthHint"))}
        {numberField("output.height", t("height"))}
        {numberField("output.videoBitrateKbps", t("videoBitrate"), t("taskVideoBitrateHint"))}
        {numberField("output.framerate", t("frameRate"))}
        {numberField("output.gopSeconds", t("gop"))}
        <TaskFormField id="task-audioSampleRate" label={t("audioSampleRate")} error={errors?.audioSampleRate?.message}>
          {(describedBy) => (
            <Select
              id="task-audioSampleRate"
              aria-describedby={describedBy}
              {...form.register("output.audioSampleRate", { setValueAs: Number })}
            >
              {Object.entries(TASK_SAMPLE_RATES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </TaskFormField>
        {numberField("output.audioBitrateKbps", t("audioBitrate"), t("taskAudioBitrateHint"))}
        <TaskFormField id="task-audioChannels" label={t("audioChannels")} error={errors?.audioChannels?.message}>
          {(describedBy) => (
            <Select
              id="task-audioChannels"
              aria-describedby={describedBy}
              {...form.register("output.audioChannels", { setValueAs: Number })}
            >
              <option value={2}>{t("stereo")}</option>
              <option value={1}>{t("mono")}</option>
            </Select>
          )}
        </TaskFormField>
      </div>
    </fieldset>
  );
}
