import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { cssText } from "./css-text";
import { templateName } from "./record-templates";

const notifyUrl = () =>
  z
    .string()
    .max(512, "must have at most 512 characters")
    .refine((value) => value === "" || /^https?:\/\/[^\s]+$/.test(value), "must be an http:// or https:// URL")
    .optional();

export const NOTIFY_URL_FIELDS = [
  "StreamBeginNotifyUrl",
  "StreamEndNotifyUrl",
  "RecordNotifyUrl",
  "RecordStatusNotifyUrl",
  "SnapshotNotifyUrl",
  "PornCensorshipNotifyUrl",
  "PushExceptionNotifyUrl",
  "AudioAuditNotifyUrl",
  "RecordExceptionNotifyUrl",
  "StreamMixNotifyUrl",
] as const;

const templateFields = {
  Description: cssText(1024).optional(),
  ...Object.fromEntries(NOTIFY_URL_FIELDS.map((field) => [field, notifyUrl()])),
  CallbackKey: z.string().max(64, "must have at most 64 characters").optional(),
  RecordExceptionLevels: z
    .array(z.enum(["error", "warning", "info"], { error: "must be error, warning or info" }))
    .optional(),
  LibId: z.string().optional(),
} as Record<string, z.ZodType>;

export const createCallbackTemplateSchema = z.strictObject({ TemplateName: templateName(), ...templateFields });
export const modifyCallbackTemplateSchema = z.strictObject({
  TemplateId: fields.integer(),
  TemplateName: templateName().optional(),
  ...templateFields,
});

export type CallbackTemplateBody = Record<string, unknown>;
