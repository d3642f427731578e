import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import {
  DEFAULT_COST_ASSUMPTIONS,
  assumptionText,
  formatsOf,
  parseAssumptions,
  settingsChange,
  type CostAssumptions,
} from "./settings-scenario";
import { CNY } from "./test-prices";

/** A line's or gap's message in English (undefined stays undefined, so a missing line still fails). */
const english = (text: string | undefined) => (text === undefined ? undefined : messageText(text));

const guide: CostAssumptions = {
  streams: 1,
  hoursPerStream: 30,
  videoKbps: 1000,
  audioKbps: 0,
  tier: "hd",
  regime: "old",
};
const saved = { enabled: true, formats: ["mp4"], retentionDays: 7 };

describe("the settings page's cost estimate", () => {
  it("reads the form's formats whatever shape they come in", () => {
    expect(formatsOf(["mp4", "hls", "bogus"])).toEqual(["hls", "mp4"]);
    expect(formatsOf("aac")).toEqual(["aac"]);
    expect(formatsOf(false)).toEqual([]);
  });

  it("shows what a longer retention adds: 13.5 GB × 0.0048 CNY × 23 more days", () => {
    const result = settingsChange(saved, { ...saved, retentionDays: "30" }, guide, CNY);
    expect(result).toMatchObject({ ok: true, change: 1.4904, hasChanged: true });
    if (!result.ok) return;
    // Old output-duration billing: 30 h × 60 min ÷ 1,000 × 14 CNY = 25.2 CNY, plus storage.
    expect(result.before.total).toBe(25.6536);
    expect(result.after.total).toBe(27.144);
  });

  it("charges another format's channel under legacy concurrency billing: 30 CNY per stream", () => {
    const legacy = { ...guide, regime: "legacy" as const };
    const result = settingsChange(saved, { ...saved, formats: ["mp4", "hls"] }, legacy, CNY);
    expect(result).toMatchObject({ ok: true, hasChanged: true });
    if (result.ok) expect(result.change).toBe(30.4536); // one more channel + the HLS copy's storage
  });

  it("costs nothing when recording is switched off, and says so", () => {
    const result = settingsChange(saved, { ...saved, enabled: false }, guide, CNY);
    expect(result).toMatchObject({ ok: true, change: -25.6536, hasChanged: true });
    if (result.ok) expect(english(result.after.gaps[0])).toContain("Recording is off");
  });

  it("reports no change until formats, retention or recording on/off differ", () => {
    const result = settingsChange(saved, { ...saved, retentionDays: "7" }, guide, CNY);
    expect(result).toMatchObject({ ok: true, change: 0, hasChanged: false });
  });

  it("asks for a valid retention before estimating", () => {
    const result = settingsChange(saved, { ...saved, retentionDays: "1.5" }, guide, CNY);
    expect(result.ok ? result : { ok: false, message: messageText(result.message) }).toEqual({
      ok: false,
      message: "Enter a retention of 0–1500 whole days to see what it costs.",
    });
  });

  it("parses the inline assumptions, saying which is out of range", () => {
    expect(parseAssumptions(assumptionText(DEFAULT_COST_ASSUMPTIONS))).toEqual({
      ok: true,
      assumptions: DEFAULT_COST_ASSUMPTIONS,
    });
    const bad = parseAssumptions({
      ...assumptionText(DEFAULT_COST_ASSUMPTIONS),
      streams: "2.5",
      hoursPerStream: "800",
    });
    expect(
      bad.ok
        ? bad
        : { ok: false, errors: Object.fromEntries(Object.entries(bad.errors).map(([k, v]) => [k, messageText(v)])) },
    ).toEqual({
      ok: false,
      errors: {
        streams: "Streams must be a whole number from 0 to 100,000.",
        hoursPerStream: "Hours per stream must be a number from 0 to 744.",
      },
    });
  });
});
