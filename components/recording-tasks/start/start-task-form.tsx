"use client";
import type { TaskSettingsDefaults } from "@/lib/data/recording-tasks/recording-task-types";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { useForm, useWatch, type Path } from "react-hook-form";
import { errorsUnder, flatErrors } from "@/components/recording-tasks/layout/flat-errors";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { FieldError } from "@/components/ui/field-error";
import { Select } from "@/components/ui/select";
import { startTask } from "@/lib/actions/recording-tasks/start-task";
import type { PriceTable } from "@/lib/costs/price-table";
import { TIER_LABELS } from "@/lib/costs/tiers";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { taskHourlyEstimate } from "@/lib/recording-tasks/cost-inputs";
import { rescaleSlots } from "@/lib/recording-tasks/layout/editor-operations";
import { subscribedInputs } from "@/lib/recording-tasks/layout/task-preview-request";
import type { MixInput } from "@shared/layouts/types";
import { queryKeys } from "@/lib/queries/keys";
import { ESTIMATE_INPUT_TIERS, startTaskSchema, taskOutputSchema, type StartTaskInput } from "@/lib/schemas/task";
import { LayoutFields } from "@/components/recording-tasks/layout/layout-fields";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { EstimateSummary } from "./estimate-summary";
import { SubscriptionFields } from "./subscription-fields";
import { defaultTaskValues } from "@/lib/recording-tasks/task-defaults";
import { TaskFormField } from "./task-form-field";
import { TaskOutputFields } from "./task-output-fields";
import { TaskRecordingFields, type SubAppChoice } from "./task-recording-fields";

const isSize = (value: number) => Number.isInteger(value) && value >= 2;

/** Starts a cloud-recording task (CreateCloudRecording) in the room. */
export function StartTaskForm({
  roomId,
  inputs,
  prices,
  settings,
  subApplications,
  initialLayout,
  onLayoutChange,
}: {
  roomId: string;
  inputs: MixInput[];
  prices: PriceTable;
  settings: TaskSettingsDefaults;
  subApplications: SubAppChoice[];
  /** The layout the start flow holds, so that changing the API keeps it. */
  initialLayout: RecordingLayout;
  onLayoutChange: (layout: RecordingLayout) => void;
}) {
  const form = useForm<StartTaskInput>({
    resolver: zodResolver(startTaskSchema),
    defaultValues: { ...defaultTaskValues(roomId, settings), layout: initialLayout },
  });
  const t = useTranslations("recordingTasks.taskForm");
  const messageText = useMessageText();
  const start = useActionMutation({
    action: startTask,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: () => t("started", { roomId }),
  });
  const values = useWatch({ control: form.control }) as StartTaskInput;
  const canvas = { width: values.output.width, height: values.output.height };
  const errors = flatErrors(form.formState.errors);
  const isMixed = values.recordMode === "mixed";
  const seen = subscribedInputs(inputs, values.subscription).length;

  const previousCanvas = useRef(canvas);
  useEffect(() => {
    if (!isSize(values.output.width) || !isSize(values.output.height)) return;
    const before = previousCanvas.current;
    const after = { width: values.output.width, height: values.output.height };
    previousCanvas.current = after;
    const slots = form.getValues("layout.slots");
    if (slots.length > 0) form.setValue("layout.slots", rescaleSlots(slots, before, after));
  }, [form, values.output.width, values.output.height]);

  async function handleSubmit(input: StartTaskInput) {
    // The estimate's user count is the form's: the server never asks the room queries to start.
    const result = await start.mutateAsync({ ...input, estimateInputCount: seen });
    if (result.ok) return;
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {}))
      form.setError(field === "_form" ? "root" : (field as Path<StartTaskInput>), {
        message: messages.map(messageText).join(" "),
      });
  }

  const canEstimate = taskOutputSchema.safeParse(values.output).success && Number.isInteger(values.retentionDays);
  return (
    <form
      onSubmit={form.handleSubmit(handleSubmit)}
      noValidate
      aria-label={t("formLabel")}
      className="flex flex-col gap-6"
    >
      <HydratedFieldset>
        <TaskRecordingFields form={form} subApplications={subApplications} />
        <section aria-label={t("subscription")} className="flex flex-col gap-2">
          <h3 className="text-sm font-medium">{t("whoIsRecorded")}</h3>
          <SubscriptionFields
            idPrefix="task"
            value={values.subscription}
            onChange={(subscription) =>
              form.setValue("subscription", subscription, { shouldValidate: form.formState.isSubmitted })
            }
            errors={errorsUnder(errors, "subscription")}
          />
        </section>
        {isMixed ? (
          <>
            <TaskOutputFields form={form} />
            {isSize(canvas.width) && isSize(canvas.height) ? (
              <LayoutFields
                api="task"
                idPrefix="task"
                layout={values.layout}
                onChange={(layout) => {
                  form.setValue("layout", layout, { shouldValidate: form.formState.isSubmitted });
                  onLayoutChange(layout);
                }}
                canvas={canvas}
                inputs={inputs}
                subscription={values.subscription}
                errors={errorsUnder(errors, "layout")}
              />
            ) : null}
          </>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-[16rem_1fr]">
          <TaskFormField
            id="task-inputTier"
            label={t("inputTier")}
            hint={t("inputTierHint")}
            error={form.formState.errors.estimateInputTier?.message}
          >
            {(describedBy) => (
              <Select id="task-inputTier" aria-describedby={describedBy} {...form.register("estimateInputTier")}>
                {ESTIMATE_INPUT_TIERS.map((tier) => (
                  <option key={tier} value={tier}>
                    {messageText(TIER_LABELS[tier])}
                  </option>
                ))}
              </Select>
            )}
          </TaskFormField>
          {canEstimate ? (
            <EstimateSummary
              title={t("estimateTitle", { count: seen })}
              estimate={taskHourlyEstimate(values, seen, values.estimateInputTier, prices)}
            />
          ) : null}
        </div>
        <FieldError
          id="task-form-error"
          messages={form.formState.errors.root?.message ? [form.formState.errors.root.message] : undefined}
        />
        <div className="flex justify-end">
          <Button type="submit" disabled={start.isPending}>
            {start.isPending ? t("starting") : t("submit")}
          </Button>
        </div>
      </HydratedFieldset>
    </form>
  );
}
