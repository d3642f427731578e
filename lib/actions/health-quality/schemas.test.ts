import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputHazardError } from "@/lib/actions/input-hazards";
import { messageText } from "@/lib/i18n/message-text";
import { DEFAULT_QUALITY_THRESHOLDS, effectiveThresholds } from "@/lib/health/quality/thresholds";
import { checkAgainSchema, saveQualityThresholdsSchema } from "./schemas";

const asText = Object.fromEntries(
  Object.entries(DEFAULT_QUALITY_THRESHOLDS).map(([key, value]) => [key, String(value)]),
);
const errorsOf = (input: unknown) => {
  const parsed = saveQualityThresholdsSchema.safeParse(input);
  if (parsed.success) return {};
  // The errors are messages (`msg`): compared in English words.
  const fieldErrors: Record<string, string[] | undefined> = z.flattenError(parsed.error).fieldErrors;
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([key, messages]) => [key, (messages ?? []).map((text) => messageText(text))]),
  );
};

describe("saveQualityThresholdsSchema", () => {
  it("takes the form's text (and numbers), trimmed, fractions and negative levels included", () => {
    expect(saveQualityThresholdsSchema.parse(asText)).toEqual(DEFAULT_QUALITY_THRESHOLDS);
    expect(
      saveQualityThresholdsSchema.parse({ ...asText, silenceNoiseDb: " -60.5 ", offsetMinSec: 0.25, driftMinSec: "0" }),
    ).toMatchObject({ silenceNoiseDb: -60.5, offsetMinSec: 0.25, driftMinSec: 0 });
  });

  it("says in each field's error what is allowed, with its unit", () => {
    expect(errorsOf({ ...asText, silenceNoiseDb: "-121" })).toEqual({
      silenceNoiseDb: ["Silence level is -120 to 0 dBFS."],
    });
    expect(errorsOf({ ...asText, silenceNoiseDb: "3" })).toEqual({
      silenceNoiseDb: ["Silence level is -120 to 0 dBFS."],
    });
    expect(errorsOf({ ...asText, freezeMinSec: "-1", blackMinSec: "86401" })).toEqual({
      freezeMinSec: ["Frozen picture length is 0 to 86400 s."],
      blackMinSec: ["Black picture length is 0 to 86400 s."],
    });
  });

  it("refuses a blank, text that is no number, and infinity, rather than reading them as 0", () => {
    expect(errorsOf({ ...asText, silenceMinSec: "  " })).toEqual({
      silenceMinSec: ["Silence length must be a number, 0 to 86400 s."],
    });
    expect(errorsOf({ ...asText, truncationMinSec: "five" })).toEqual({
      truncationMinSec: ["Truncation must be a number, 0 to 86400 s."],
    });
    expect(Object.keys(errorsOf({ ...asText, driftMinSec: "Infinity" }))).toEqual(["driftMinSec"]);
    const { offsetMinSec: _left, ...missing } = asText;
    expect(errorsOf(missing)).toEqual({ offsetMinSec: ["A/V start offset must be a number, 0 to 86400 s."] });
  });

  it("accepts exactly what the worker applies: a saved value is never one it would ignore", () => {
    const edges = { ...asText, silenceNoiseDb: "-120", silenceMinSec: "86400", freezeMinSec: "0" };
    const saved = saveQualityThresholdsSchema.parse(edges);
    expect(effectiveThresholds(saved)).toEqual(saved);
  });

  it("refuses fields it does not know (the action's hazard check)", () => {
    expect(inputHazardError(saveQualityThresholdsSchema, { ...asText, decodeErrors: "1" })?.code).toBe("VALIDATION");
  });
});

describe("checkAgainSchema", () => {
  it("takes a VOD FileId and nothing else", () => {
    expect(checkAgainSchema.parse({ fileId: "5285890000000000404" })).toEqual({ fileId: "5285890000000000404" });
    for (const fileId of ["", "abc", "1".repeat(41), "12 34", 42]) {
      expect(messageText(checkAgainSchema.safeParse({ fileId }).error?.issues[0]?.message ?? ""), String(fileId)).toBe(
        "Not a VOD FileId.",
      );
    }
  });
});
