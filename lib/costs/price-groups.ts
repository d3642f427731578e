import type { PriceEntry } from "./price-book-defaults";
import { PRICE_GROUPS, PRICE_KEYS, type PriceGroup } from "./price-keys";

export interface PriceGroupInfo {
  title: string;
  /** What bills these prices, so an admin knows which list applies to them. */
  billedFor: string;
}

export const PRICE_GROUP_INFO: Record<PriceGroup, PriceGroupInfo> = {
  "recording-new": {
    title: "Cloud recording, new (input-duration) billing",
    billedFor:
      "CreateCloudRecording tasks of apps created on or after 2022-08-01: per input-stream minute by input resolution; a mixed task is charged once per input stream.",
  },
  "recording-old": {
    title: "Cloud recording, old (output-duration) billing",
    billedFor:
      "Accounts whose first TRTC app was created on or after 2020-07-01 and that are still on the old cloud recording: per minute of recording by its resolution.",
  },
  "recording-legacy": {
    title: "Live recording, legacy concurrency billing",
    billedFor:
      "CSS-based recording of accounts whose first app predates 2020-07-01: per concurrent recorded stream per month, on the month's peak; each format is its own channel.",
  },
  "mcu-mix": {
    title: "MCU mix transcoding (TRTC)",
    billedFor:
      "What StartMCUMixTranscode bills: per minute of the mix by output resolution and codec, viewers or not. Not the CSS transcoding list below.",
  },
  "css-transcoding": {
    title: "CSS live transcoding",
    billedFor:
      "Billed instead of MCU mixing when you mix, transcode or watermark in CSS: per minute by output tier, at least one minute a day.",
  },
  "vod-storage": {
    title: "VOD storage",
    billedFor: "Recordings kept in VOD: per GB of the day's peak storage, per day, for each file kept.",
  },
  traffic: {
    title: "Playback traffic",
    billedFor:
      "Playing or downloading recordings from VOD: the day's traffic, priced at the tier its volume falls in (1 GB = 1,000 MB).",
  },
};

export interface PriceBookSection<Entry extends PriceEntry> extends PriceGroupInfo {
  group: PriceGroup;
  entries: Entry[];
}

const keyOrder = (entry: PriceEntry) => PRICE_KEYS.indexOf(entry.key);

/**
 * Entries in sections by what they bill, in PRICE_GROUPS order; within a section in PRICE_KEYS
 * order, a key's CNY and USD prices side by side. Empty sections are left out.
 */
export function groupPrices<Entry extends PriceEntry>(entries: readonly Entry[]): PriceBookSection<Entry>[] {
  const ordered = [...entries].sort((a, b) => keyOrder(a) - keyOrder(b) || a.currency.localeCompare(b.currency));
  return PRICE_GROUPS.map((group) => ({
    group,
    ...PRICE_GROUP_INFO[group],
    entries: ordered.filter((entry) => entry.group === group),
  })).filter((section) => section.entries.length > 0);
}
