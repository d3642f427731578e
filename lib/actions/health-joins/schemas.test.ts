import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputHazardError } from "@/lib/actions/input-hazards";
import { messageText } from "@/lib/i18n/message-text";
import { joinSessionSchema, setAutoJoinSchema } from "./schemas";

const errorsOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  // The errors are messages (`msg`): compared in English words.
  const fieldErrors: Record<string, string[] | undefined> = z.flattenError(parsed.error).fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, messages]) => [key, (messages ?? []).map((text) => messageText(text))]),
  );
};

describe("the join actions' inputs", () => {
  it("joinSession takes a VOD FileId and says what one is otherwise", () => {
    expect(joinSessionSchema.parse({ fileId: "5285890812345678901" })).toEqual({ fileId: "5285890812345678901" });
    for (const fileId of ["", "52858908x", "1".repeat(41), " 5285890812345678901"])
      expect(errorsOf(joinSessionSchema, { fileId })).toEqual({ fileId: ["Not a VOD FileId: it is 1 to 40 digits."] });
    expect(errorsOf(joinSessionSchema, {})).toEqual({
      fileId: ["Name the recording (its VOD FileId) whose session to join."],
    });
    expect(inputHazardError(joinSessionSchema, { fileId: "1", sdkAppId: 1400000001 })).not.toBeNull();
  });

  it("setAutoJoin takes a boolean only", () => {
    expect(setAutoJoinSchema.parse({ enabled: false })).toEqual({ enabled: false });
    for (const enabled of ["true", 1, null])
      expect(errorsOf(setAutoJoinSchema, { enabled })).toEqual({
        enabled: ["Say whether split files are joined automatically (true or false)."],
      });
  });
});
