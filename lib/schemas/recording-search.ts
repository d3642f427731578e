import { z } from "zod";
import { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP } from "./recording-search-cap";
import { RECORDING_FORMATS } from "./recording-limits";

// Re-exported for the server; client components import them from ./recording-search-cap, which
// has no zod (a module imported for a constant is bundled whole, zod with it).
export { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP, searchCapNotice } from "./recording-search-cap";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalText = (max: number, field: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, `${field} has at most ${max} characters.`).optional());

/** The library's search, as URL query parameters: shareable, and the same on the server. */
export const recordingSearchSchema = z
  .object({
    prefix: optionalText(100, "The name prefix"),
    text: optionalText(100, "The name text"),
    streamId: optionalText(200, "The stream id"),
    roomId: optionalText(64, "The room id"),
    from: z.preprocess(emptyToUndefined, z.coerce.date({ error: "From must be a date and time." }).optional()),
    to: z.preprocess(emptyToUndefined, z.coerce.date({ error: "To must be a date and time." }).optional()),
    format: z.preprocess(
      emptyToUndefined,
      z.enum(RECORDING_FORMATS, { error: "The format is hls, mp4, flv or aac." }).optional(),
    ),
    subAppId: z.preprocess(
      emptyToUndefined,
      z.coerce.number().int().positive("A sub-application id is a positive number.").optional(),
    ),
    /** `problems`: only files whose quality check found a problem (the console's checks, not VOD's). */
    health: z.preprocess(
      emptyToUndefined,
      z.enum(["problems"], { error: 'The health filter is "problems" or nothing.' }).optional(),
    ),
    sort: z.preprocess(emptyToUndefined, z.enum(["newest", "oldest"]).default("newest")),
    page: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number()
        .int()
        .min(1, "Pages start at 1.")
        .max(
          VOD_SEARCH_CAP / RECORDINGS_PAGE_SIZE,
          `VOD returns the first ${VOD_SEARCH_CAP} results at most: narrow the search.`,
        )
        .default(1),
    ),
  })
  .refine((search) => !search.from || !search.to || search.from < search.to, {
    path: ["to"],
    message: "To must be after from.",
  });

export type RecordingSearch = z.output<typeof recordingSearchSchema>;

const fileIdSchema = z.string().regex(/^\d{1,40}$/, "A VOD FileId is 1 to 40 digits.");

/** Where a recording is: its FileId and, optionally, the VOD sub-application (a URL query value). */
export const recordingLocationSchema = z.object({
  fileId: fileIdSchema,
  subAppId: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "A sub-application id is a positive number." })
      .int("A sub-application id is a positive number.")
      .positive("A sub-application id is a positive number.")
      .nullable()
      .default(null),
  ),
});

export const deleteRecordingsSchema = z.object({
  fileIds: z
    .array(z.string().regex(/^\d{1,40}$/, "Not a VOD FileId."))
    .min(1, "Choose recordings to delete.")
    .max(50, "At most 50 at once."),
  subAppId: z.number().int().positive().nullable(),
});

export const modifyRetentionSchema = z.object({
  fileId: z.string().regex(/^\d{1,40}$/, "Not a VOD FileId."),
  subAppId: z.number().int().positive().nullable(),
  /** Days from now; 0 keeps it forever. */
  keepDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Whole days only.")
    .min(0, "0 (forever) to 1500 days.")
    .max(1500, "0 (forever) to 1500 days."),
});
