import { z } from "zod";
import { fields } from "../../../core/params/fields";

const subAppId = () => fields.integerIn(0, 4_294_967_295).optional();
const list = (max: number, item: z.ZodType<string>) =>
  z.array(item).max(max, `must list at most ${max} values`).optional();
const isoTime = () =>
  z
    .string()
    .refine((value) => !Number.isNaN(Date.parse(value)), "must be an ISO 8601 time such as 2026-01-01T00:00:00Z");

export const searchMediaSchema = z.object({
  SubAppId: subAppId(),
  FileIds: list(10, z.string().max(40, "must have at most 40 characters")),
  Names: list(10, z.string().max(100, "must have at most 100 characters")),
  NamePrefixes: list(10, z.string().max(100, "must have at most 100 characters")),
  Descriptions: list(10, z.string()),
  ClassIds: z.array(fields.integer()).optional(),
  Tags: list(16, z.string()),
  Categories: list(3, z.string()),
  SourceTypes: list(10, z.string()),
  StreamIds: list(10, z.string()),
  StreamPaths: list(10, z.string()),
  StreamDomains: list(10, z.string()),
  MediaTypes: list(10, z.string()),
  TrtcSdkAppIds: z.array(fields.integer()).max(10, "must list at most 10 values").optional(),
  TrtcRoomIds: list(10, z.string().max(64, "must have at most 64 characters")),
  CreateTime: z.object({ After: isoTime().optional(), Before: isoTime().optional() }).optional(),
  Sort: z
    .object({
      Field: z.literal("CreateTime", { error: "must be CreateTime" }),
      Order: z.enum(["Asc", "Desc"], { error: "must be Asc or Desc" }),
    })
    .optional(),
  Offset: fields.integerIn(0, 5000).optional(),
  Limit: fields.integerIn(1, 5000).optional(),
  Filters: z.array(z.string()).optional(),
  // Deprecated single-value predecessors, still accepted by VOD.
  Text: z.string().optional(),
  StreamId: z.string().optional(),
  SourceType: z.string().optional(),
  StartTime: isoTime().optional(),
  EndTime: isoTime().optional(),
});

export const describeMediaInfosSchema = z.object({
  FileIds: z.array(z.string()).min(1, "must list at least one FileId").max(20, "must list at most 20 FileIds"),
  SubAppId: subAppId(),
  Filters: z.array(z.string()).optional(),
});

export const deleteMediaSchema = z.object({
  FileId: fields.nonEmptyString(40),
  SubAppId: subAppId(),
  DeleteParts: z.array(z.object({ Type: z.string(), Definition: fields.integer().optional() })).optional(),
});

export const modifyMediaInfoSchema = z.object({
  FileId: fields.nonEmptyString(40),
  SubAppId: subAppId(),
  Name: z.string().max(64, "must have at most 64 characters").optional(),
  Description: z.string().max(128, "must have at most 128 characters").optional(),
  ClassId: fields.integer().optional(),
  ExpireTime: isoTime().optional(),
});

export const describeSubAppIdsSchema = z.object({
  Name: z.string().optional(),
  Offset: fields.integerIn(0, 100_000).optional(),
  Limit: fields.integerIn(1, 200).optional(),
});

export const createSubAppIdSchema = z.object({
  Name: fields.nonEmptyString(40),
  Description: z.string().max(300, "must have at most 300 characters").optional(),
  Type: z.string().optional(),
  Mode: z.string().optional(),
  StorageRegion: z.string().optional(),
});

export const describeStorageDataSchema = z.object({ SubAppId: subAppId() });
