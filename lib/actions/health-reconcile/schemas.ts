import { z } from "zod";

export const reconcileNowSchema = z.object({});

export const repairFindingSchema = z.object({
  findingId: z
    .number({ error: "Not a finding of this console." })
    .int()
    .positive({ error: "Not a finding of this console." }),
});
