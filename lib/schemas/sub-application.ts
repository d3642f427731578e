import { z } from "zod";
import { msg } from "@/lib/i18n/message";

export const createSubApplicationSchema = z.object({
  name: z.string().trim().min(1, msg("settings.errors.subAppName")).max(40, msg("settings.errors.subAppNameLength")),
});
