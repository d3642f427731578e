"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import {
  AUDIO_SAMPLE_RATES,
  MIX_OUTPUT_PRESETS,
  type MixOutput,
  type MixOutputPreset,
  type StartMixInput,
} from "@/lib/schemas/mix";

type NumberPath =
  | "output.width"
  | "output.height"
  | "output.videoBitrateKbps"
  | "output.framerate"
  | "output.gopSeconds"
  | "output.audioBitrateKbps";

const PRESETS = Object.keys(MIX_OUTPUT_PRESETS) as MixOutputPreset[];

/** EncodeParams: a preset sets the picture's size, bitrate, frame rate and GOP; every value stays editable. */
export function MixOutputFields({ form }: { form: UseFormReturn<StartMixInput> }) {
  const output = useWatch({ control: form.control, name: "output" });
  const t = useTranslations("recordingTasks.output");
  const format = useFormatter();
  const errors = form.formState.errors.output;
  const preset =
    PRESETS.find((name) =>
      Object.entries(MIX_OUTPUT_PRESETS[name]).every(([key, value]) => output[key as keyof typeof output] === value),
    ) ?? "custom";

  function handlePreset(name: string) {
    const values = MIX_OUTPUT_PRESETS[name as MixOutputPreset] as
      (typeof MIX_OUTPUT_PRESETS)[MixOutputPreset] | undefined;
    if (!values) return;
    for (const [key, value] of Object.entries(values))
      form.setValue(`output.${key}` as NumberPath, value, { shouldValidate: true });
  }

  const numberField = (path: NumberPath, label: string, min: number, max: number) => {
    const key = path.slice("output.".length) as keyof MixOutput;
    const message = errors?.[key]?.message;
    const id = `mix-${key}`;
    return (
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={id}>{label}</Label>
        <Input
          id={id}
          type="number"
          min={min}
          max={max}
          aria-invalid={message ? true : undefined}
          aria-describedby={`${id}-error`}
          className="tabular-nums"
          {...form.register(path, { valueAsNumber: true })}
        />
        <FieldError id={`${id}-error`} messages={message ? [message] : undefined} />
      </div>
    );
  };

  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="mix-preset">{t("preset")}</Label>
          <Select id="mix-preset" value={preset} onChange={(event) => handlePreset(event.target.value)}>
            {PRESETS.map((name) => (
              <option key={name} value={name}>
                {t("presetOption", {
                  name,
                  width: MIX_OUTPUT_PRESETS[name].width,
                  height: MIX_OUTPUT_PRESETS[name].height,
                  kbps: MIX_OUTPUT_PRESETS[name].videoBitrateKbps,
                })}
              </option>
            ))}
            <option value="custom">{t("customValues")}</option>
          </Select>
        </div>
        {numberField("output.width", t("width"), 2, 1920)}
        {numberField("output.height", t("height"), 2, 1080)}
        {numberField("output.videoBitrateKbps", t("videoBitrate"), 1, 10_000)}
        {numberField("output.framerate", t("frameRate"), 1, 60)}
        {numberField("output.gopSeconds", t("gop"), 1, 5)}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="mix-audioSampleRate">{t("audioSampleRate")}</Label>
          <Select id="mix-audioSampleRate" {...form.register("output.audioSampleRate", { setValueAs: Number })}>
            {AUDIO_SAMPLE_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {t("hertz", { rate: format.number(rate) })}
              </option>
            ))}
          </Select>
          <FieldError
            id="mix-audioSampleRate-error"
            messages={errors?.audioSampleRate?.message ? [errors.audioSampleRate.message] : undefined}
          />
        </div>
        {numberField("output.audioBitrateKbps", t("audioBitrate"), 8, 500)}
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="mix-audioChannels">{t("audioChannels")}</Label>
          <Select id="mix-audioChannels" {...form.register("output.audioChannels", { setValueAs: Number })}>
            <option value={2}>{t("stereo")}</option>
            <option value={1}>{t("mono")}</option>
          </Select>
        </div>
      </div>
    </fieldset>
  );
}
