import { describe, expect, it } from "vitest";
import type { VodClient } from "../clients";
import { createDefaultSubAppIdCache } from "./sub-app-id";
import { pickDefaultApplication, type VodApplication } from "./vod-application";

const app = (id: number, createdAt: string, status = "On"): VodApplication => ({
  id,
  name: `app ${id}`,
  status,
  createdAt,
});

describe("pickDefaultApplication", () => {
  it("takes the application VOD created at activation: the oldest", () => {
    const apps = [app(1500000002, "2025-03-01T00:00:00Z"), app(1500000001, "2024-01-02T00:00:00Z")];
    expect(pickDefaultApplication(apps)?.id).toBe(1500000001);
  });

  it("skips destroyed applications and breaks ties by id", () => {
    const apps = [
      app(1400000000, "2023-01-01T00:00:00Z", "Destroyed"),
      app(1500000009, "2024-01-02T00:00:00Z"),
      app(1500000003, "2024-01-02T00:00:00Z"),
    ];
    expect(pickDefaultApplication(apps)?.id).toBe(1500000003);
    expect(pickDefaultApplication([])).toBeNull();
  });
});

describe("the default SubAppId cache", () => {
  function setUp() {
    let clock = 0;
    const lookups: number[] = [];
    let answer: () => Promise<number> = async () => 1500000001;
    const cache = createDefaultSubAppIdCache({
      ttlMs: 60_000,
      now: () => clock,
      lookup: () => {
        lookups.push(clock);
        return answer();
      },
    });
    return {
      cache,
      lookups,
      advance: (ms: number) => (clock += ms),
      answerWith: (next: () => Promise<number>) => (answer = next),
    };
  }
  const vod = {} as VodClient;

  it("asks VOD once per TTL, and shares a lookup in flight", async () => {
    const { cache, lookups, advance } = setUp();
    await expect(Promise.all([cache(vod), cache(vod)])).resolves.toEqual([1500000001, 1500000001]);
    advance(59_999);
    await cache(vod);
    expect(lookups).toEqual([0]);
    advance(1);
    await cache(vod);
    expect(lookups).toEqual([0, 60_000]);
  });

  it("keeps one answer per client, and forgets a failed lookup at once", async () => {
    const { cache, lookups, answerWith } = setUp();
    answerWith(() => Promise.reject(new Error("VOD down")));
    await expect(cache(vod)).rejects.toThrow("VOD down");
    answerWith(async () => 1500000007);
    await expect(cache(vod)).resolves.toBe(1500000007);
    await expect(cache({} as VodClient)).resolves.toBe(1500000007);
    expect(lookups).toHaveLength(3);
  });
});
