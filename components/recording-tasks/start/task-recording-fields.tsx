"use client";
import type { UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
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
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-1 text-sm font-medium">Recording</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input type="radio" value="mixed" className="size-4" {...form.register("recordMode")} />
          Mixed: one file of everyone (RecordMode 2)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" value="single" className="size-4" {...form.register("recordMode")} />
          Single streams: a file per user (RecordMode 1)
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TaskFormField
          id="task-maxIdle"
          label="Stop after idle (seconds)"
          hint="MaxIdleTime: 5 to 86,400 s with nobody publishing."
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
        <TaskFormField id="task-streamType" label="Streams" error={errors.streamType?.message}>
          {(describedBy) => (
            <Select
              id="task-streamType"
              aria-describedby={describedBy}
              {...form.register("streamType", { setValueAs: Number })}
            >
              {Object.entries(TASK_STREAM_TYPES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </TaskFormField>
        <TaskFormField id="task-mediaType" label="Files in VOD" error={errors.mediaType?.message}>
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
          label="Keep files (days, 0 = forever)"
          hint="From the application's settings; sent as TencentVod.ExpireTime."
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
        <TaskFormField id="task-subApp" label="VOD application" error={errors.subAppId?.message}>
          {(describedBy) => (
            <Select
              id="task-subApp"
              aria-describedby={describedBy}
              {...form.register("subAppId", { setValueAs: subAppIdOf })}
            >
              <option value="">Main application</option>
              {subApplications.map((subApp) => (
                <option key={subApp.id} value={subApp.id}>
                  {subApp.name} ({subApp.id})
                </option>
              ))}
            </Select>
          )}
        </TaskFormField>
        <TaskFormField
          id="task-recordId"
          label="File-name prefix (optional)"
          hint="UserDefineRecordId: names start <prefix>__UserDefine_u_."
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
