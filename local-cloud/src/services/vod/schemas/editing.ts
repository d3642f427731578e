import { z } from "zod";
import { fields } from "../../../core/params/fields";

const subAppId = () => fields.integerIn(0, 4_294_967_295).optional();
const offset = () => z.number().min(0, "must be a time offset in seconds, 0 or more").optional();

/** EditMedia with `InputType: "File"`: the files to join in order, each optionally trimmed. */
export const editMediaSchema = z.object({
  SubAppId: subAppId(),
  InputType: z.enum(["File", "Stream"], { error: "must be File or Stream" }),
  FileInfos: z
    .array(z.object({ FileId: fields.nonEmptyString(40), StartTimeOffset: offset(), EndTimeOffset: offset() }))
    .optional(),
  OutputConfig: z
    .object({
      MediaName: z.string().max(64, "must have at most 64 characters").optional(),
      Type: z.string().optional(),
      ClassId: fields.integer().optional(),
      ExpireTime: z.string().optional(),
    })
    .optional(),
  SessionContext: z.string().max(1000, "must have at most 1000 characters").optional(),
  SessionId: z.string().max(50, "must have at most 50 characters").optional(),
});
export type EditMediaParams = z.infer<typeof editMediaSchema>;

export const describeTaskDetailSchema = z.object({ SubAppId: subAppId(), TaskId: fields.nonEmptyString(100) });

export const pullEventsSchema = z.object({ SubAppId: subAppId() });

export const confirmEventsSchema = z.object({
  SubAppId: subAppId(),
  EventHandles: z.array(z.string()).min(1, "must list at least one handle").max(16, "must list at most 16 handles"),
});
