import { describe, expect, it } from "vitest";
import type { LiveDomain } from "@/lib/cloud/live/describe-live-domains";
import { inEnglish, answered, succeeded } from "../testing/outcomes";
import { interpretPushDomain as interpretPushDomainMessages } from "./push-domain";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretPushDomain = inEnglish(interpretPushDomainMessages);

const DOMAIN = "12345.livepush.myqcloud.com";
const push = (name: string, isEnabled = true): LiveDomain => ({ name, type: "push", isEnabled });
const stored = (pushDomain: string | null) => ({ pushDomain, defaultVodSubAppId: null, hasTrtcCallbackKey: true });
const legacy = (pushDomain: string | null) => ({
  sdkAppId: 1400000123,
  generation: "legacy" as const,
  stored: stored(pushDomain),
});

describe("interpretPushDomain", () => {
  it("is fine when CSS lists the console's domain, enabled", () => {
    expect(interpretPushDomain(legacy(DOMAIN), succeeded([push(DOMAIN)]))).toEqual({
      id: "push-domain",
      status: "ok",
      title: `Push domain ${DOMAIN}`,
      detail:
        "CSS lists it, enabled (relay to CDN is on); the console's rules name it with stream path trtc_1400000123.",
    });
  });

  it("blocks a legacy app without any push domain, pointing at relay to CDN in TRTC's console", () => {
    const line = interpretPushDomain(legacy(null), succeeded([]));
    expect(line).toMatchObject({
      status: "blocking",
      title: "No push domain: relay to CDN is off",
      fixUrl: "https://console.cloud.tencent.com/trtc/app",
    });
    expect(line.detail).toContain("Enabling relay to CDN (旁路推流) in TRTC's console");
  });

  it("only warns a cloud-recording app without one", () => {
    const line = interpretPushDomain({ ...legacy(null), generation: "cloud" }, succeeded([]));
    expect(line.status).toBe("warning");
    expect(line.detail).toContain("only MCU mixes are not relayed");
  });

  it("blocks when the console's domain is not the account's, naming the one CSS lists", () => {
    const line = interpretPushDomain(legacy("1400000123.livepush.myqcloud.com"), succeeded([push(DOMAIN)]));
    expect(line).toMatchObject({
      status: "blocking",
      title: "The console's push domain 1400000123.livepush.myqcloud.com is not the account's",
      fixUrl: "https://console.cloud.tencent.com/live/domainmanage",
    });
    expect(line.detail).toContain(`CSS lists ${DOMAIN}. Set the account's push domain under Applications.`);
  });

  it("blocks when the console's domain is disabled in CSS", () => {
    const line = interpretPushDomain(legacy(DOMAIN), succeeded([push(DOMAIN, false)]));
    expect(line).toMatchObject({ status: "blocking", title: `Push domain ${DOMAIN} is disabled in CSS` });
  });

  it("takes the one listed when the console has none stored, and warns when several are listed", () => {
    expect(interpretPushDomain(legacy(null), succeeded([push(DOMAIN)]))).toMatchObject({
      status: "ok",
      title: `Push domain ${DOMAIN}`,
    });
    const several = interpretPushDomain(legacy(null), succeeded([push(DOMAIN), push("67890.livepush.myqcloud.com")]));
    expect(several).toMatchObject({
      status: "warning",
      title: "2 push domains: the console cannot tell which TRTC relays to",
    });
  });

  it("says where the stored choice is when the database could not be read (the CLI on PGlite)", () => {
    const line = interpretPushDomain(
      { sdkAppId: 1400000123, generation: "legacy", stored: null },
      succeeded([push(DOMAIN)]),
    );
    expect(line.status).toBe("ok");
    expect(line.detail).toContain("shown on the Overview card");
  });

  it("is not checked when CSS could not be read", () => {
    expect(
      interpretPushDomain(legacy(DOMAIN), answered("AuthFailure.UnauthorizedOperation", "live:DescribeLiveDomains")),
    ).toMatchObject({
      status: "not-checked",
      detail: "CAM denies live:DescribeLiveDomains (see the CAM lines).",
    });
    expect(
      interpretPushDomain(legacy(DOMAIN), answered("ResourceNotFound.UserNotExist", "live:DescribeLiveDomains")).status,
    ).toBe("not-checked");
  });
});
