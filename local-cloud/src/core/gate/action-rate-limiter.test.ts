import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api-error";
import { ActionRateLimiter } from "./action-rate-limiter";
import { requestsPerSecondOf } from "./documented-rate-limits";

const refusals = async (limiter: ActionRateLimiter, calls: number, secretId = "AKIDone") => {
  const results = await Promise.allSettled(
    Array.from({ length: calls }, () => limiter.admit("trtc", "CreateCloudRecording", secretId)),
  );
  return results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
};

describe("the documented per-action limits", () => {
  it("uses each action's documented limit, else its service's", () => {
    expect(requestsPerSecondOf("trtc", "CreateCloudRecording")).toBe(20);
    expect(requestsPerSecondOf("trtc", "DescribeRecordingUsage")).toBe(5);
    expect(requestsPerSecondOf("vod", "SearchMedia")).toBe(100);
    expect(requestsPerSecondOf("vod", "CreateSubAppId")).toBe(20);
    expect(requestsPerSecondOf("live", "DescribeLiveDomains")).toBe(200);
    expect(requestsPerSecondOf("trtc", "CreateCloudRecording", { "trtc:CreateCloudRecording": 3 })).toBe(3);
  });
});

describe("ActionRateLimiter", () => {
  afterEach(() => vi.useRealTimers());

  it("lets the first 20 calls of a second through and answers RequestLimitExceeded to the rest", async () => {
    const rejected = await refusals(new ActionRateLimiter(), 25);
    expect(rejected).toHaveLength(5);
    const first = rejected[0];
    expect(first).toBeInstanceOf(ApiError);
    expect(first).toMatchObject({ code: "RequestLimitExceeded" });
    expect((first as ApiError).message).toMatch(
      /^Your current request times equals to `2[1-5]` in a second, which exceeds the frequency limit `20` for a second\. Please reduce the frequency of calls\.$/,
    );
  });

  it("counts each SecretId and each action on its own", async () => {
    const limiter = new ActionRateLimiter();
    expect(await refusals(limiter, 20, "AKIDone")).toHaveLength(0);
    expect(await refusals(limiter, 20, "AKIDtwo")).toHaveLength(0);
    await expect(limiter.admit("trtc", "DescribeCloudRecording", "AKIDone")).resolves.toBeUndefined();
    await expect(limiter.admit("trtc", "CreateCloudRecording", "AKIDone")).rejects.toMatchObject({
      code: "RequestLimitExceeded",
    });
  });

  it("opens again in the next second", async () => {
    vi.useFakeTimers({ now: new Date("2026-12-01T00:00:00Z"), toFake: ["Date", "setTimeout", "clearTimeout"] });
    const limiter = new ActionRateLimiter();
    expect(await refusals(limiter, 21)).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(await refusals(limiter, 20)).toHaveLength(0);
  });

  it("refuses overrides that are not a whole number of requests for a named action", () => {
    expect(() => new ActionRateLimiter({ "trtc:CreateCloudRecording": 0 })).toThrow(/rateLimits/);
    expect(() => new ActionRateLimiter({ CreateCloudRecording: 5 })).toThrow(/rateLimits/);
  });
});
