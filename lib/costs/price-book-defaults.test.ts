import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/i18n/message-text";
import { DEFAULT_CNY_PRICES, DEFAULT_USD_PRICES, PRICE_KEYS, type PriceEntry } from "./price-book-defaults";
import { groupPrices } from "./price-groups";
import type { PriceKey } from "./price-keys";

const entry = (book: PriceEntry[], key: PriceKey) => {
  const found = book.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no ${key}`);
  return found;
};
const cny = (key: PriceKey) => entry(DEFAULT_CNY_PRICES, key);
const usd = (key: PriceKey) => entry(DEFAULT_USD_PRICES, key);

describe("the default price book (reference §6)", () => {
  it("has every key once in each currency", () => {
    expect(DEFAULT_CNY_PRICES.map((price) => price.key)).toEqual([...PRICE_KEYS]);
    expect(DEFAULT_USD_PRICES.map((price) => price.key)).toEqual([...PRICE_KEYS]);
  });

  it("keeps MCU mix transcoding (§6.2) apart from CSS live transcoding (§6.3)", () => {
    expect(
      ["mcuMixAudio", "mcuMixSdH264", "mcuMixHdH264", "mcuMixFhdH264"].map((key) => cny(key as PriceKey).amount),
    ).toEqual([5.6, 16, 32.5, 63]);
    expect(cny("mcuMixHdH264")).toMatchObject({ unit: "per 1,000 min", group: "mcu-mix", unconfirmed: false });
    expect(cny("cssTranscoding720pH264")).toMatchObject({ amount: 0.0325, unit: "per min", asOf: "2022-06-13" });
    expect(usd("cssTranscoding720pH264")).toMatchObject({ amount: 0.0057, asOf: "2021-04-23" });
  });

  it("lists the old output-duration recording prices in both currencies", () => {
    const keys = ["oldRecordingAudio", "oldRecordingSd", "oldRecordingHd", "oldRecordingFhd"] as const;
    expect(keys.map((key) => cny(key).amount)).toEqual([3.5, 7, 14, 52.5]);
    expect(keys.map((key) => usd(key).amount)).toEqual([0.499, 0.99, 1.99, 7.499]);
    expect(keys.every((key) => !usd(key).unconfirmed)).toBe(true);
  });

  it("gives no USD price for new recording instead of the old regime's", () => {
    expect(usd("recordingSingleHd").amount).toBeNull();
    expect(usd("recordingSingleHd").unconfirmed).toBe(false);
    expect(cny("recordingMixedFhd").amount).toBe(79);
  });

  it("has the legacy and slow-live channel prices with their source's date", () => {
    expect(cny("legacyRecordingPerStreamMonth")).toMatchObject({ amount: 30, asOf: "2020-09-23" });
    expect(cny("legacySlowLiveRecordingPerStreamMonth")).toMatchObject({ amount: 15, asOf: "2020-09-23" });
  });

  it("has VOD's USD storage in and outside the mainland and H.265 CSS prices in USD only", () => {
    expect(usd("storagePerGbDay")).toMatchObject({ amount: 0.0006, asOf: "2022-08-30", unconfirmed: false });
    expect(usd("storageOutsideMainlandPerGbDay")).toMatchObject({ amount: 0.0009, asOf: "2022-08-30" });
    expect(cny("storageOutsideMainlandPerGbDay")).toMatchObject({ amount: null, unconfirmed: false });
    const h265 = ["480p", "720p", "1080p", "2k", "4k"].map((tier) => `cssTranscoding${tier}H265` as PriceKey);
    expect(h265.map((key) => usd(key).amount)).toEqual([0.0141, 0.0275, 0.0549, 0.1183, 0.2366]);
    expect(h265.every((key) => cny(key).amount === null && cny(key).unconfirmed)).toBe(true);
  });

  it("marks UNCONFIRMED exactly the figures the reference does", () => {
    const unconfirmed = DEFAULT_CNY_PRICES.filter((price) => price.unconfirmed).map((price) => price.key);
    expect(unconfirmed).toEqual([
      "mcuMix2kH264",
      "mcuMix4kH264",
      "mcuMixSdH265",
      "mcuMixHdH265",
      "mcuMixFhdH265",
      "mcuMix2kH265",
      "mcuMix4kH265",
      "cssTranscoding480pH265",
      "cssTranscoding720pH265",
      "cssTranscoding1080pH265",
      "cssTranscoding2kH265",
      "cssTranscoding4kH265",
      "storagePerGbDay",
      "traffic0To500Gb",
      "traffic500GbTo2Tb",
      "traffic2To50Tb",
      "traffic50To100Tb",
      "trafficOver100Tb",
    ]);
    expect(cny("storagePerGbDay")).toMatchObject({ amount: 0.0048, asOf: "2026-06-30" });
    expect(cny("traffic2To50Tb")).toMatchObject({ amount: 0.23, asOf: "2020-05-19" });
    expect(DEFAULT_USD_PRICES.filter((price) => price.unconfirmed && price.amount !== null)).toEqual([]);
  });

  it("uses the sources' own dates, not one made-up date", () => {
    const dates = new Set([...DEFAULT_CNY_PRICES, ...DEFAULT_USD_PRICES].map((price) => price.asOf));
    expect(dates).toEqual(
      new Set([null, "2020-09-23", "2023-07-12", "2022-06-13", "2021-04-23", "2022-08-30", "2026-06-30", "2020-05-19"]),
    );
  });

  it("groups prices by what they bill, CNY and USD of a key side by side", () => {
    const sections = groupPrices([...DEFAULT_CNY_PRICES, ...DEFAULT_USD_PRICES]);
    expect(sections.map((section) => section.group)).toEqual([
      "recording-new",
      "recording-old",
      "recording-legacy",
      "mcu-mix",
      "css-transcoding",
      "vod-storage",
      "traffic",
    ]);
    const mcu = sections.find((section) => section.group === "mcu-mix");
    expect(messageText(msg(`costs.priceBook.groups.${mcu?.group ?? ""}.billedFor`))).toContain("StartMCUMixTranscode");
    expect(mcu?.entries.slice(0, 2).map((price) => `${price.key}-${price.currency}`)).toEqual([
      "mcuMixAudio-CNY",
      "mcuMixAudio-USD",
    ]);
  });
});
