import { z } from "zod";
import { RESOLUTION_TIERS } from "@/lib/costs/tiers";
import { RECORDING_FORMATS } from "@/lib/schemas/recording-settings";
import { startMixSchema } from "@/lib/schemas/mix";
import { startTaskSchema } from "@/lib/schemas/task";

/**
 * What a recording_tasks row keeps in `request`: the validated form the cloud was sent (its layout
 * and subscription replaced on each change), and what its cost estimate was based on at start.
 * Read back through the same schemas, so a row written by an older console cannot pass as valid.
 */
export const storedMixSchema = z.object({
  input: startMixSchema,
  basis: z.object({ formats: z.array(z.enum(RECORDING_FORMATS)), retentionDays: z.number().int().min(0) }),
});
export type StoredMix = z.infer<typeof storedMixSchema>;

export const storedTaskSchema = z.object({
  input: startTaskSchema,
  basis: z.object({ inputCount: z.number().int().min(0), inputTier: z.enum(RESOLUTION_TIERS) }),
});
export type StoredTask = z.infer<typeof storedTaskSchema>;

/** The row's jsonb from a stored request (typed for drizzle, which takes any JSON object). */
export const toRequestJson = (stored: StoredMix | StoredTask): Record<string, unknown> => stored;
