"use client";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { TASK_MEDIA_TYPES, TASK_STREAM_TYPES, type StartTaskInput } from "@/lib/schemas/task";
import { TaskFormField } from "./task-form-field";

export interface SubAppChoice {
  id: number;
  name: string;
}

/** RHF also passes the default (null) through setValueAs: empty and null both mean the main application. */
const subAppIdOf = (value: unknown): number | null =>
  value === "" || value === null || value === undefined ? null : Number(value);

/** RecordParams and TencentVod: what is recorded, how long the task waits, and where files go. */
export function TaskRecordingFields({
  form,
  subApplications,
}: {
  form: UseFormReturn<StartTaskInput>;
  subApplications: SubAppChoice[];
}) {
  const errors = form.formState.errors;
  const t = useTranslations("recordingTasks.recording");
  const messageText = useMessageText();
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="mixed" className="size-4" {...form.register("recordMode")} />
          {t("mixed")}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="single" className="size-4" {...form.register("recordMode")} />
          {t("single")}
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TaskFormField
          id="task-maxIdle"
          label={t("maxIdle")}
          hint={t("maxIdleHint")}
          error={errors.maxIdleSeconds?.message}
        >
          {(describedBy, isInvalid) => (
            <Input
              id="task-maxIdle"
              type="number"
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
              {...form.register("maxIdleSeconds", { valueAsNumber: true })}
            />
          )}
        </TaskFormField>
        <TaskFormField id="task-streamType" label={t("streams")} error={errors.streamType?.message}>
          {(describedBy) => (
            <Select
              id="task-streamType"
              aria-describedby={describedBy}
              {...form.register("streamType", { setValueAs: Number })}
            >
              {Object.entries(TASK_STREAM_TYPES).map(([value, label]) => (
                <option key={value} value={value}>
                  {messageText(label)}
                </option>
              ))}
            </Select>
          )}
        </TaskFormField>
        <TaskFormField id="task-mediaType" label={t("mediaType")} error={errors.mediaType?.message}>
          {(describedBy, isInvalid) => (
            <Select
              id="task-mediaType"
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
              {...form.register("mediaType", { setValueAs: Number })}
            >
              {Object.entries(TASK_MEDIA_TYPES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </TaskFormField>
        <TaskFormField
          id="task-retention"
          label={t("retention")}
          hint={t("retentionHint")}
          error={errors.retentionDays?.message}
        >
          {(describedBy, isInvalid) => (
            <Input
              id="task-retention"
              type="number"
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
              {...form.register("retentionDays", { valueAsNumber: true })}
            />
          )}
        </TaskFormField>
        <TaskFormField id="task-subApp" label={t("subApp")} error={errors.subAppId?.message}>
          {(describedBy) => (
            <Select
              id="task-subApp"
              aria-describedby={describedBy}
              {...form.register("subAppId", { setValueAs: subAppIdOf })}
            >
              <option value="">{t("mainApp")}</option>
              {subApplications.map((subApp) => (
                <option key={subApp.id} value={subApp.id}>
                  {t("subAppOption", { name: subApp.name, id: subApp.id })}
                </option>
              ))}
            </Select>
          )}
        </TaskFormField>
        <TaskFormField
          id="task-recordId"
          label={t("prefix")}
          hint={t("prefixHint")}
          error={errors.userDefineRecordId?.message}
        >
          {(describedBy, isInvalid) => (
            <Input
              id="task-recordId"
              aria-describedby={describedBy}
              aria-invalid={isInvalid || undefined}
              {...form.register("userDefineRecordId")}
            />
          )}
        </TaskFormField>
      </div>
    </fieldset>
  );
}
