import { z } from "zod";
import { msg } from "@/lib/i18n/message";

export const joinSessionSchema = z.object({
  fileId: z.string({ error: msg("health.joins.fileIdMissing") }).regex(/^\d{1,40}$/, msg("health.joins.notAFileId")),
});

export type JoinSessionInput = z.infer<typeof joinSessionSchema>;

export const setAutoJoinSchema = z.object({
  enabled: z.boolean({ error: msg("health.joins.enabledMissing") }),
});

export type SetAutoJoinInput = z.infer<typeof setAutoJoinSchema>;
