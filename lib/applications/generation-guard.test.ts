import { describe, expect, it } from "vitest";
import { generationRefusal, hasOperation, wrongGenerationMessage } from "./generation-guard";

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
