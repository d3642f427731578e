import { describe, expect, it } from "vitest";
import { DEFAULT_PRICES } from "./price-book-defaults";
import { toPriceTable } from "./price-table";
import { GUIDE_EXAMPLE_IDS, GUIDE_EXAMPLES, priceGuideExample, todaysGuidePrices } from "./guide-examples";

describe("the guides' worked examples", () => {
  it.each(GUIDE_EXAMPLE_IDS)("%s: the guide's own prices give the guide's result exactly", (id) => {
    const example = GUIDE_EXAMPLES[id];
    expect(priceGuideExample(id, example.guidePrices).amount).toBe(example.guideResult);
  });

  it("has each example's source, with an address where one is known", () => {
    for (const id of GUIDE_EXAMPLE_IDS) {
      const { source } = GUIDE_EXAMPLES[id];
      expect(source.title).not.toBe("");
      if (source.url !== null) expect(source.url).toMatch(/^https:\/\/cloud\.tencent\.com\/document\//);
    }
  });

  it("prices the playback example at today's 500 GB–2 TB tier: 250 CNY where the guide says 230", () => {
    const today = toPriceTable(DEFAULT_PRICES, "CNY");
    const prices = todaysGuidePrices("playback", today);
    expect(prices).not.toBeNull();
    if (prices) expect(priceGuideExample("playback", prices).amount).toBe(250);
  });

  it("gives the guide's result at today's prices where they have not changed", () => {
    const today = toPriceTable(DEFAULT_PRICES, "CNY");
    for (const id of ["legacyRecording", "storage", "mixTranscoding", "mixedRecording"] as const) {
      const prices = todaysGuidePrices(id, today);
      expect({ id, amount: prices && priceGuideExample(id, prices).amount }).toEqual({
        id,
        amount: GUIDE_EXAMPLES[id].guideResult,
      });
    }
  });

  it("has no today's result when the price book lacks a price", () => {
    expect(todaysGuidePrices("mixedRecording", { currency: "CNY", prices: {} })).toBeNull();
  });
});
