import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { choosePushDomain, pushDomainProblem as problemOf, streamPathOf } from "./push-domain-choice";

/** The problem in English, as the default language shows it. */
const pushDomainProblem = (...args: Parameters<typeof problemOf>) => {
  const problem = problemOf(...args);
  return problem === null ? null : messageText(problem);
};

const push = (name: string, isEnabled = true) => ({ name, type: "push" as const, isEnabled });
const play = (name: string) => ({ name, type: "play" as const, isEnabled: true });

describe("choosePushDomain", () => {
  it("takes the one enabled push domain, whatever the play domains", () => {
    expect(choosePushDomain([play("play.example.com"), push("12345.livepush.myqcloud.com")])).toEqual({
      kind: "one",
      domain: "12345.livepush.myqcloud.com",
    });
  });

  it("ignores disabled push domains", () => {
    expect(choosePushDomain([push("1.livepush.myqcloud.com", false), push("2.livepush.myqcloud.com")])).toEqual({
      kind: "one",
      domain: "2.livepush.myqcloud.com",
    });
  });

  it("asks when there are several, naming them, and says how to enable relay when there is none", () => {
    const several = choosePushDomain([push("b.example.com"), push("a.example.com")]);
    expect(several).toEqual({ kind: "several", domains: ["a.example.com", "b.example.com"] });
    expect(pushDomainProblem(several)).toContain("a.example.com, b.example.com");
    const none = choosePushDomain([play("play.example.com")]);
    expect(none).toEqual({ kind: "none" });
    expect(pushDomainProblem(none)).toMatch(/relay to CDN must be enabled in TRTC's console/);
    expect(pushDomainProblem(none)).toContain("https://console.cloud.tencent.com/trtc/app");
    expect(pushDomainProblem({ kind: "one", domain: "x.example.com" })).toBeNull();
  });

  it("keeps TRTC's per-app stream path", () => {
    expect(streamPathOf(1400000123)).toBe("trtc_1400000123");
  });
});
