import { describe, expect, it } from "vitest";
import type { CssCallbackRule, CssCallbackTemplate } from "@/lib/cloud/live/css-types";
import { inEnglish, answered, succeeded } from "../testing/outcomes";
import { interpretCssCallback as interpretCssCallbackMessages, type CssCallbackReads } from "./css-callback";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretCssCallback = inEnglish(interpretCssCallbackMessages);

const DOMAIN = "12345.livepush.myqcloud.com";
const PUBLIC = { origin: "https://console.example.com", source: "NEXTAUTH_URL" };
const target = (generation: "legacy" | "cloud") => ({
  sdkAppId: 1400000123,
  generation,
  stored: { pushDomain: DOMAIN, defaultVodSubAppId: null, hasTrtcCallbackKey: true },
});
const rule: CssCallbackRule = { templateId: 7, domain: DOMAIN, appName: "trtc_1400000123" };
const template = (recordNotifyUrl: string): CssCallbackTemplate => ({
  id: 7,
  name: "trtc_console_1400000123",
  recordNotifyUrl,
  callbackKey: "k",
});
const reads = (rules: CssCallbackRule[], templates: CssCallbackTemplate[]): CssCallbackReads => ({
  domains: succeeded([{ name: DOMAIN, type: "push", isEnabled: true }]),
  rules: succeeded(rules),
  templates: succeeded(templates),
});

describe("interpretCssCallback", () => {
  it("is fine when the app's rule sends to this console", () => {
    expect(
      interpretCssCallback(
        target("legacy"),
        PUBLIC,
        reads([rule], [template("https://console.example.com/api/callbacks/recording")]),
      ),
    ).toEqual({
      id: "css-callback",
      status: "ok",
      title: "CSS sends recording callbacks to https://console.example.com/api/callbacks/recording",
      detail: `The callback template trtc_console_1400000123 is bound to ${DOMAIN}/trtc_1400000123.`,
    });
  });

  it("warns when they go elsewhere", () => {
    const line = interpretCssCallback(
      target("legacy"),
      PUBLIC,
      reads([rule], [template("https://old.example.com/cb")]),
    );
    expect(line).toMatchObject({ status: "warning", title: "CSS sends this app's recording callbacks elsewhere" });
    expect(line.detail).toContain("sends them to https://old.example.com/cb, not to this console's");
  });

  it("warns when no rule binds a callback template to the app's streams", () => {
    const line = interpretCssCallback(target("legacy"), PUBLIC, reads([], []));
    expect(line).toMatchObject({ status: "warning", title: "CSS sends this app's recording callbacks nowhere" });
    expect(line.detail).toContain(
      "Save the recording settings (Settings → Callback) with the URL https://console.example.com/api/callbacks/recording",
    );
  });

  it("says cloud-recording apps do not use them", () => {
    expect(interpretCssCallback(target("cloud"), PUBLIC, reads([], [])).title).toBe(
      "CSS callbacks: not used by this app",
    );
  });

  it("is not checked when CAM denies the reads", () => {
    const line = interpretCssCallback(target("legacy"), PUBLIC, {
      ...reads([], []),
      rules: answered("AuthFailure.UnauthorizedOperation", "live:DescribeLiveCallbackRules"),
    });
    expect(line).toMatchObject({
      status: "not-checked",
      detail: "CAM denies live:DescribeLiveCallbackRules (see the CAM lines).",
    });
  });
});
