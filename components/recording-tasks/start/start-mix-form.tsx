"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { flatErrors } from "@/components/recording-tasks/layout/flat-errors";
import { EstimateSummary } from "@/components/recording-tasks/start/estimate-summary";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { startMix } from "@/lib/actions/recording-tasks/start-mix";
import type { PriceTable } from "@/lib/costs/price-table";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { mixHourlyEstimate, type RecordingStorage } from "@/lib/recording-tasks/cost-inputs";
import { rescaleSlots } from "@/lib/recording-tasks/layout/editor-operations";
import type { MixInput } from "@shared/layouts/types";
import { queryKeys } from "@/lib/queries/keys";
import { mixOutputSchema, startMixSchema, type StartMixInput } from "@/lib/schemas/mix";
import { LayoutFields } from "@/components/recording-tasks/layout/layout-fields";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { defaultMixOutput, defaultRecordId, defaultStreamId } from "@/lib/recording-tasks/mix-defaults";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { MixOutputFields } from "./mix-output-fields";

const isSize = (value: number) => Number.isInteger(value) && value >= 2;
/** A relayed-only mix writes no file: its estimate has no recording or storage. */
const NOT_STORED: RecordingStorage = { formats: [], retentionDays: 0 };

/** Starts a mixed recording of the room (StartMCUMixTranscode with a RecordId). */
export function StartMixForm({
  roomId,
  sdkAppId,
  inputs,
  prices,
  storage,
  isRecordable,
  initialLayout,
  onLayoutChange,
}: {
  roomId: string;
  sdkAppId: number;
  inputs: MixInput[];
  prices: PriceTable;
  storage: RecordingStorage;
  /** Legacy apps record a mix by its record id; cloud-recording apps only relay it (no field). */
  isRecordable: boolean;
  /** The layout the start flow holds, so that changing the API keeps it. */
  initialLayout: RecordingLayout;
  onLayoutChange: (layout: RecordingLayout) => void;
}) {
  const form = useForm<StartMixInput>({
    resolver: zodResolver(startMixSchema),
    defaultValues: {
      roomId,
      recordId: isRecordable ? defaultRecordId(sdkAppId, roomId) : "",
      streamId: defaultStreamId(sdkAppId, roomId),
      output: defaultMixOutput(),
      layout: initialLayout,
    },
  });
  const t = useTranslations("recordingTasks.mixForm");
  // Each server message in words before they are joined: a joined string is no message to decode.
  const messageText = useMessageText();
  const start = useActionMutation({
    action: startMix,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: (_, input) =>
      input.recordId
        ? t("startedRecording", { recordId: input.recordId })
        : t("startedRelay", { streamId: input.streamId }),
  });
  const recordId = useWatch({ control: form.control, name: "recordId" });
  const layout = useWatch({ control: form.control, name: "layout" });
  const output = useWatch({ control: form.control, name: "output" });
  const canvas = { width: output.width, height: output.height };
  const errors = form.formState.errors;

  // A custom layout follows the output's size, so that a new preset keeps the tiles where they were.
  const previousCanvas = useRef(canvas);
  useEffect(() => {
    const before = previousCanvas.current;
    if (!isSize(output.width) || !isSize(output.height)) return;
    const after = { width: output.width, height: output.height };
    previousCanvas.current = after;
    const current = form.getValues("layout");
    if (current.slots.length > 0) form.setValue("layout.slots", rescaleSlots(current.slots, before, after));
  }, [form, output.width, output.height]);

  async function handleSubmit(values: StartMixInput) {
    const result = await start.mutateAsync(values);
    if (result.ok) return;
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {}))
      form.setError(field === "_form" ? "root" : (field as Path<StartMixInput>), {
        message: messages.map(messageText).join(" "),
      });
  }

  const textField = (name: "recordId" | "streamId", label: string, hint: string) => (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`mix-${name}`}>{label}</Label>
      <Input
        id={`mix-${name}`}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`mix-${name}-error mix-${name}-hint`}
        {...form.register(name)}
      />
      <p id={`mix-${name}-hint`} className="text-xs text-muted-foreground">
        {hint}
      </p>
      <FieldError id={`mix-${name}-error`} messages={errors[name]?.message ? [errors[name].message] : undefined} />
    </div>
  );

  const canShow = isSize(output.width) && isSize(output.height);
  return (
    <form
      onSubmit={form.handleSubmit(handleSubmit)}
      noValidate
      aria-label={t("formLabel")}
      className="flex flex-col gap-6"
    >
      <HydratedFieldset>
        {!isRecordable ? (
          <Alert variant="info" data-testid="mix-not-recorded">
            {t("notRecorded")}
          </Alert>
        ) : storage.formats.length === 0 ? (
          <Alert variant="info">{t("recordingOff")}</Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {isRecordable ? textField("recordId", t("recordId"), t("recordIdHint")) : null}
          {textField("streamId", t("streamId"), t("streamIdHint"))}
        </div>
        <MixOutputFields form={form} />
        {canShow ? (
          <LayoutFields
            api="mcu"
            idPrefix="mix"
            layout={layout}
            onChange={(next) => {
              form.setValue("layout", next, { shouldValidate: form.formState.isSubmitted });
              onLayoutChange(next);
            }}
            canvas={canvas}
            inputs={inputs}
            errors={flatErrors(errors.layout)}
          />
        ) : (
          <p className="text-sm text-muted-foreground">{t("needSize")}</p>
        )}
        {mixOutputSchema.safeParse(output).success ? (
          <EstimateSummary
            title={t("estimateTitle")}
            estimate={mixHourlyEstimate(output, isRecordable && recordId ? storage : NOT_STORED, prices)}
          />
        ) : null}
        <FieldError id="mix-form-error" messages={errors.root?.message ? [errors.root.message] : undefined} />
        <div className="flex justify-end">
          <Button type="submit" disabled={start.isPending}>
            {start.isPending ? t("starting") : isRecordable ? t("submitRecording") : t("submitRelay")}
          </Button>
        </div>
      </HydratedFieldset>
    </form>
  );
}
