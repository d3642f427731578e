import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { generationRefusal as refusalOf, hasOperation, wrongGenerationMessage as wrongOf } from "./generation-guard";

/** The messages in English, as the default language shows them. */
const generationRefusal = (...args: Parameters<typeof refusalOf>) => {
  const refusal = refusalOf(...args);
  return refusal === null ? null : messageText(refusal);
};
const wrongGenerationMessage = (...args: Parameters<typeof wrongOf>) => messageText(wrongOf(...args));

const legacy = { name: "Legacy-recording app", generation: "legacy" as const };
const cloud = { name: "Cloud-recording app", generation: "cloud" as const };

describe("generationRefusal", () => {
  it("lets each generation do its own operations", () => {
    expect(generationRefusal(legacy, "recordingSettings")).toBeNull();
    expect(generationRefusal(legacy, "mixRecordId")).toBeNull();
    expect(generationRefusal(cloud, "cloudTask")).toBeNull();
    expect(hasOperation("cloud", "mixRecordId")).toBe(false);
  });

  it("refuses the other generation's operations, saying what to do instead and which value to change", () => {
    expect(generationRefusal(legacy, "cloudTask")).toMatch(
      /^Legacy-recording app uses legacy recording: cloud-recording tasks .* change its recording generation under Applications\.$/,
    );
    expect(generationRefusal(cloud, "recordingSettings")).toMatch(/global auto-recording in TRTC's console/);
    expect(generationRefusal(cloud, "mixRecordId")).toMatch(
      /record id records nothing on it. Leave the record id empty/,
    );
  });

  it("names the generation to change to when the cloud disagrees", () => {
    expect(wrongGenerationMessage(cloud)).toMatch(/probably uses legacy recording. Change its recording generation/);
    expect(wrongGenerationMessage(legacy)).toMatch(/probably uses cloud recording/);
  });
});
