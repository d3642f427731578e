import { z } from "zod";
import { fields } from "../../../core/params/fields";
import { cssTemplateName, cssText } from "./css-text";

const DAY = 86_400;

/**
 * TemplateName: "仅支持中文、英文、数字、_、-" (CreateLiveRecordTemplateRequest). No length is
 * documented for record templates; callback templates allow 255 bytes, used here for both.
 */
export const templateName = () => cssTemplateName(255);

const recordInterval = (min: number, max: number) =>
  fields.integerIn(min, max).describe(`segment length in seconds, ${min}–${max}`);

/** One format's RecordParam; RecordInterval's range depends on the format (HLS ignores it). */
const recordParam = (interval: z.ZodType) =>
  z.object({
    RecordInterval: interval.optional(),
    StorageTime: fields.integerIn(0, 1500 * DAY).optional(),
    Enable: fields.integerIn(0, 1).optional(),
    VodSubAppId: fields.integerIn(0, 4_294_967_295).optional(),
    VodFileName: z.string().max(512, "must have at most 512 characters").optional(),
    Procedure: z.string().optional(),
    StorageMode: z.enum(["normal", "cold"], { error: "must be `normal` or `cold`" }).optional(),
    ClassId: fields.integer().optional(),
  });

const templateFields = {
  // Documented for callback templates (1024 bytes, CSS text); record templates are held to the same (UNCONFIRMED).
  Description: cssText(1024).optional(),
  FlvParam: recordParam(recordInterval(60, 43_200)).optional(),
  HlsParam: recordParam(fields.integer()).optional(),
  Mp4Param: recordParam(recordInterval(60, 43_200)).optional(),
  AacParam: recordParam(recordInterval(60, 7_200)).optional(),
  Mp3Param: recordParam(recordInterval(60, 7_200)).optional(),
  IsDelayLive: fields.integerIn(0, 1).optional(),
  HlsSpecialParam: z.object({ FlowContinueDuration: fields.integerIn(0, 1800).optional() }).optional(),
  RemoveWatermark: z.boolean().optional(),
  CosStore: fields.integerIn(0, 1).optional(),
  FlvSpecialParam: z.object({ UploadInRecording: z.boolean().optional() }).optional(),
};

export const createRecordTemplateSchema = z.strictObject({ TemplateName: templateName(), ...templateFields });
export const modifyRecordTemplateSchema = z.strictObject({
  TemplateId: fields.integer(),
  TemplateName: templateName().optional(),
  ...templateFields,
});
export const templateIdSchema = z.strictObject({ TemplateId: fields.integer() });
export const describeRecordTemplatesSchema = z.strictObject({ IsDelayLive: fields.integerIn(0, 1).optional() });

export type RecordTemplateBody = Omit<z.output<typeof createRecordTemplateSchema>, "TemplateName">;
