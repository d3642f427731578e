import { z } from "zod";
import { msg } from "@/lib/i18n/message";

export const reconcileNowSchema = z.object({});

export const repairFindingSchema = z.object({
  findingId: z
    .number({ error: msg("health.findings.errors.notAFinding") })
    .int()
    .positive({ error: msg("health.findings.errors.notAFinding") }),
});
