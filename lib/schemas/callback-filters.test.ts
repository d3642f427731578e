import { describe, expect, it } from "vitest";
import { callbackFiltersSchema, initialCallbackFilters, toQueryFilters } from "./callback-filters";
import { messageText } from "@/lib/i18n/message-text";

describe("the inbox's filter form", () => {
  it("starts on the selected application, everything else open", () => {
    expect(toQueryFilters(initialCallbackFilters(1400000123))).toEqual({ sdkAppId: "1400000123" });
    expect(toQueryFilters(initialCallbackFilters(null))).toEqual({});
  });

  it("turns every field into a query parameter the route accepts", () => {
    const values = {
      sdkAppId: "1400000123",
      eventType: "332",
      streamId: "  s1 ",
      signature: "invalid",
      from: "2026-01-02T10:00",
      to: "2026-01-02T11:30",
    };
    const query = toQueryFilters(values);
    // datetime-local values are the browser's wall time; the route gets the instants.
    expect(query).toEqual({
      sdkAppId: "1400000123",
      eventType: "332",
      streamId: "s1",
      signature: "invalid",
      from: new Date("2026-01-02T10:00").toISOString(),
      to: new Date("2026-01-02T11:30").toISOString(),
    });
    expect(callbackFiltersSchema.parse(query)).toMatchObject({
      sdkAppId: 1400000123,
      eventType: 332,
      streamId: "s1",
      signature: "invalid",
      from: new Date("2026-01-02T10:00"),
    });
  });

  it("lets the route explain bad values instead of guessing", () => {
    const query = toQueryFilters({ ...initialCallbackFilters(null), from: "yesterday", eventType: "abc" });
    const result = callbackFiltersSchema.safeParse(query);
    expect(result.error?.issues.map((issue) => messageText(issue.message))).toEqual([
      "eventType must be an event number such as 100 or 311.",
      "from must be a date and time.",
    ]);
  });

  it("refuses numbers the inbox's bigint columns cannot be compared with", () => {
    for (const [field, value] of [
      ["eventType", "1000"],
      ["eventType", "9999999999999999999999"],
      ["sdkAppId", "4294967296"],
      ["beforeId", "99999999999999999999"],
    ] as const)
      expect(callbackFiltersSchema.safeParse({ [field]: value }).success, `${field} ${value}`).toBe(false);
    expect(callbackFiltersSchema.parse({ eventType: "999", sdkAppId: "4294967295" })).toMatchObject({
      eventType: 999,
      sdkAppId: 4_294_967_295,
    });
  });
});
