import { z } from "zod";

export const createSubApplicationSchema = z.object({
  name: z.string().trim().min(1, "Enter a name for the sub-application.").max(40, "At most 40 characters."),
});
