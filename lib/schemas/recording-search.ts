import { z } from "zod";
import { msg } from "@/lib/i18n/message";
import { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP } from "./recording-search-cap";
import { RECORDING_FORMATS } from "./recording-limits";

// Re-exported for the server; client components import them from ./recording-search-cap, which
// has no zod (a module imported for a constant is bundled whole, zod with it).
export { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP, searchCapNotice } from "./recording-search-cap";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
/** `field` is the key of the field's name under `recordings.errors.fields`. */
const optionalText = (max: number, field: "namePrefix" | "nameText" | "streamId" | "roomId") =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(max, msg("recordings.errors.tooLong", { field: msg(`recordings.errors.fields.${field}`), max }))
      .optional(),
  );
const SUB_APP_ID = msg("recordings.errors.subAppId");
const NOT_FILE_ID = msg("recordings.errors.notFileId");
const DAYS_RANGE = msg("recordings.errors.daysRange");

/** The library's search, as URL query parameters: shareable, and the same on the server. */
export const recordingSearchSchema = z
  .object({
    prefix: optionalText(100, "namePrefix"),
    text: optionalText(100, "nameText"),
    streamId: optionalText(200, "streamId"),
    roomId: optionalText(64, "roomId"),
    from: z.preprocess(emptyToUndefined, z.coerce.date({ error: msg("recordings.errors.fromDate") }).optional()),
    to: z.preprocess(emptyToUndefined, z.coerce.date({ error: msg("recordings.errors.toDate") }).optional()),
    format: z.preprocess(
      emptyToUndefined,
      z.enum(RECORDING_FORMATS, { error: msg("recordings.errors.format") }).optional(),
    ),
    subAppId: z.preprocess(emptyToUndefined, z.coerce.number().int().positive(SUB_APP_ID).optional()),
    /** `problems`: only files whose quality check found a problem (the console's checks, not VOD's). */
    health: z.preprocess(emptyToUndefined, z.enum(["problems"], { error: msg("recordings.errors.health") }).optional()),
    sort: z.preprocess(emptyToUndefined, z.enum(["newest", "oldest"]).default("newest")),
    page: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .min(1, msg("recordings.errors.pageStart"))
        .max(VOD_SEARCH_CAP / RECORDINGS_PAGE_SIZE, msg("recordings.errors.pageCap", { cap: VOD_SEARCH_CAP }))
        .default(1),
    ),
  })
  .refine((search) => !search.from || !search.to || search.from < search.to, {
    path: ["to"],
    message: msg("recordings.errors.toAfterFrom"),
  });

export type RecordingSearch = z.output<typeof recordingSearchSchema>;

const fileIdSchema = z.string().regex(/^\d{1,40}$/, msg("recordings.errors.fileIdDigits"));

/** Where a recording is: its FileId and, optionally, the VOD sub-application (a URL query value). */
export const recordingLocationSchema = z.object({
  fileId: fileIdSchema,
  subAppId: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: SUB_APP_ID }).int(SUB_APP_ID).positive(SUB_APP_ID).nullable().default(null),
  ),
});

export const deleteRecordingsSchema = z.object({
  fileIds: z
    .array(z.string().regex(/^\d{1,40}$/, NOT_FILE_ID))
    .min(1, msg("recordings.errors.chooseRecordings"))
    .max(50, msg("recordings.errors.atMost50")),
  subAppId: z.number().int().positive().nullable(),
});

export const modifyRetentionSchema = z.object({
  fileId: z.string().regex(/^\d{1,40}$/, NOT_FILE_ID),
  subAppId: z.number().int().positive().nullable(),
  /** Days from now; 0 keeps it forever. */
  keepDays: z.coerce
    .number({ error: msg("recordings.errors.enterDays") })
    .int(msg("recordings.errors.wholeDays"))
    .min(0, DAYS_RANGE)
    .max(1500, DAYS_RANGE),
});
