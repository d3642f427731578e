import { describe, expect, it } from "vitest";
import { updateApplicationSchema } from "./application";

const edit = {
  sdkAppId: 1400000123,
  name: "Legacy app",
  generation: "legacy",
  pushDomain: "12345.livepush.myqcloud.com",
  mediaHotlinkKey: "",
};

describe("the application edit's checkboxes", () => {
  it("take what a form or FormData gives", () => {
    for (const [given, meant] of [
      [true, true],
      ["on", true],
      ["true", true],
      [false, false],
      [undefined, false],
      ["", false],
      ["false", false],
    ] as const) {
      const parsed = updateApplicationSchema.safeParse({
        ...edit,
        mediaDomainHttps: given,
        clearMediaHotlinkKey: false,
      });
      expect(parsed.success && parsed.data.mediaDomainHttps, String(given)).toBe(meant);
    }
  });

  it("refuse anything else instead of reading it as unticked", () => {
    for (const given of [1, "yes", {}, [], null]) {
      const parsed = updateApplicationSchema.safeParse({
        ...edit,
        mediaDomainHttps: given,
        clearMediaHotlinkKey: false,
      });
      expect(parsed.success, JSON.stringify(given)).toBe(false);
    }
  });
});
