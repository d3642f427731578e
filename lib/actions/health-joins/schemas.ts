import { z } from "zod";

export const joinSessionSchema = z.object({
  fileId: z
    .string({ error: "Name the recording (its VOD FileId) whose session to join." })
    .regex(/^\d{1,40}$/, "Not a VOD FileId: it is 1 to 40 digits."),
});

export type JoinSessionInput = z.infer<typeof joinSessionSchema>;

export const setAutoJoinSchema = z.object({
  enabled: z.boolean({ error: "Say whether split files are joined automatically (true or false)." }),
});

export type SetAutoJoinInput = z.infer<typeof setAutoJoinSchema>;
