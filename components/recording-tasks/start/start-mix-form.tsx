"use client";
import { zodResolver } from "@hookform/resolvers/zod";
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
  const start = useActionMutation({
    action: startMix,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: (_, input) =>
      input.recordId ? `Mixed recording ${input.recordId} started` : `Mix ${input.streamId} started (relayed only)`,
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
      form.setError(field === "_form" ? "root" : (field as Path<StartMixInput>), { message: messages.join(" ") });
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
      aria-label="Start a mixed recording"
      className="flex flex-col gap-6"
    >
      <HydratedFieldset>
        {!isRecordable ? (
          <Alert variant="info" data-testid="mix-not-recorded">
            This app uses cloud recording: an MCU mix is relayed as a stream here, not recorded (TRTC records a
            mix&apos;s record id only on legacy-recording apps). To record the room mixed, choose a cloud-recording task
            above, in mixed mode.
          </Alert>
        ) : storage.formats.length === 0 ? (
          <Alert variant="info">
            Recording is off in this application&apos;s settings: the mix is published as a stream, but no file is
            written. Turn recording on under Settings (chosen-user mode records only RecordId mixes).
          </Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {isRecordable
            ? textField(
                "recordId",
                "Record id",
                "Files are named <Record id>_<start>_<end> (Beijing time). Empty: the mix is only relayed.",
              )
            : null}
          {textField("streamId", "Stream id", "The mixed stream's id; it must differ from every user's stream id.")}
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
          <p className="text-sm text-muted-foreground">
            Enter the output&apos;s width and height to lay out the picture.
          </p>
        )}
        {mixOutputSchema.safeParse(output).success ? (
          <EstimateSummary
            title="Estimated cost"
            estimate={mixHourlyEstimate(output, isRecordable && recordId ? storage : NOT_STORED, prices)}
          />
        ) : null}
        <FieldError id="mix-form-error" messages={errors.root?.message ? [errors.root.message] : undefined} />
        <div className="flex justify-end">
          <Button type="submit" disabled={start.isPending}>
            {start.isPending ? "Starting…" : isRecordable ? "Start mixed recording" : "Start mix (relay only)"}
          </Button>
        </div>
      </HydratedFieldset>
    </form>
  );
}
