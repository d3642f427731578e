import { describe, expect, it } from "vitest";
import type { MinutesByDay } from "@/lib/costs/usage-readings";
import { inEnglish, answered, succeeded } from "../testing/outcomes";
import { interpretGeneration as interpretGenerationMessages } from "./recording-generation";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretGeneration = inEnglish(interpretGenerationMessages);

const minutes = (value: number): MinutesByDay => new Map([["2026-12-01", new Map([["SD", value]])]]);
const NONE = minutes(0);
const target = (generation: "legacy" | "cloud") => ({
  sdkAppId: 1400000123,
  generation,
  generationSource: "as set under Applications",
});

describe("interpretGeneration", () => {
  it("blocks a legacy app that TRTC bills cloud-recording minutes only", () => {
    const line = interpretGeneration(
      target("legacy"),
      succeeded(NONE),
      succeeded({ single: minutes(12.5), multi: NONE }),
    );
    expect(line).toMatchObject({
      id: "recording-generation",
      status: "blocking",
      title: "The console treats app 1400000123 as legacy recording, but TRTC records it with cloud recording",
      fixUrl: "https://console.cloud.tencent.com/trtc/app",
    });
    expect(line.detail).toContain(
      "TRTC counts 12.5 minutes of cloud recording (DescribeRecordingUsage) and 0 minutes of legacy recording",
    );
    expect(line.detail).toContain("change this app's under Applications to cloud recording");
  });

  it("blocks a cloud-recording app that TRTC bills legacy minutes only", () => {
    const line = interpretGeneration(target("cloud"), succeeded(minutes(3)), succeeded({ single: NONE, multi: NONE }));
    expect(line.status).toBe("blocking");
    expect(line.title).toContain("but TRTC records it with legacy recording");
  });

  it("warns when TRTC counts both", () => {
    const line = interpretGeneration(
      target("cloud"),
      succeeded(minutes(3)),
      succeeded({ single: NONE, multi: minutes(1) }),
    );
    expect(line).toMatchObject({ status: "warning", title: "TRTC counts both kinds of recording for app 1400000123" });
  });

  it("keeps the console's value when nothing was recorded, and says how a wrong one shows", () => {
    const line = interpretGeneration(target("legacy"), succeeded(NONE), succeeded({ single: NONE, multi: NONE }));
    expect(line).toMatchObject({
      status: "ok",
      title: "Recording generation: legacy recording (as set under Applications)",
    });
    expect(line.detail).toContain("FailedOperation.CRUnsupportMethod");
  });

  it("agrees when the app's own kind was recorded", () => {
    const line = interpretGeneration(target("cloud"), succeeded(NONE), succeeded({ single: minutes(1), multi: NONE }));
    expect(line.status).toBe("ok");
    expect(line.detail).toMatch(/which agrees\.$/);
  });

  it("says so when the usage could not be read", () => {
    const line = interpretGeneration(
      target("legacy"),
      answered("AuthFailure.UnauthorizedOperation", "trtc:DescribeRecordStatistic"),
      succeeded({ single: NONE, multi: NONE }),
    );
    expect(line.status).toBe("ok");
    expect(line.detail).toContain("nothing was compared");
  });
});
