import { describe, expect, it } from "vitest";
import { mcuMixPriceKey, newRecordingPriceKey, oldRecordingPriceKey, resolutionTier } from "./tiers";

describe("resolution tiers", () => {
  it.each([
    [null, null, "audio"],
    [0, 0, "audio"],
    [640, 480, "sd"],
    [640, 360, "sd"],
    [480, 640, "sd"],
    [641, 480, "hd"],
    [1280, 720, "hd"],
    [720, 1280, "hd"],
    [1280, 960, "fhd"],
    [1920, 1080, "fhd"],
    [2560, 1440, "2k"],
    [3840, 2160, "4k"],
    [4096, 2176, "4k"],
  ] as const)("%s×%s is %s", (width, height, tier) => {
    expect(resolutionTier({ width, height })).toBe(tier);
  });

  it("maps tiers to the price lists explicitly", () => {
    expect(newRecordingPriceKey("single", "fhd")).toBe("recordingSingleFhd");
    expect(newRecordingPriceKey("mixed", "audio")).toBe("recordingMixedAudio");
    expect(oldRecordingPriceKey("hd")).toBe("oldRecordingHd");
    expect(oldRecordingPriceKey("2k")).toBeNull();
    expect(mcuMixPriceKey("hd", "h264")).toBe("mcuMixHdH264");
    expect(mcuMixPriceKey("4k", "h265")).toBe("mcuMix4kH265");
    expect(mcuMixPriceKey("audio", "h265")).toBe("mcuMixAudio");
  });
});
