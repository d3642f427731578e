import { describe, expect, it } from "vitest";
import type { VodClient } from "../clients";
import { tencentError } from "../testing/tencent-error";
import { probeSubAppIdRequirement } from "./probe-sub-app-requirement";

/** A VOD client whose SearchMedia answers as given and records what it was sent. */
function vodAnswering(answer: () => Promise<unknown>) {
  const sent: unknown[] = [];
  const vod = {
    SearchMedia: async (request: unknown) => {
      sent.push(request);
      return answer();
    },
  } as unknown as VodClient;
  return { vod, sent };
}

describe("probeSubAppIdRequirement", () => {
  it("sends one SearchMedia without SubAppId", async () => {
    const { vod, sent } = vodAnswering(async () => ({ TotalCount: 0 }));
    expect(await probeSubAppIdRequirement(vod)).toBe("optional");
    expect(sent).toEqual([{ Limit: 1 }]);
  });

  it.each([
    ["InvalidParameterValue.SubAppId", "SubAppId is required: this VOD account was opened on or after 2023-12-25"],
    ["MissingParameter", "The request is missing a required parameter `SubAppId`."],
  ])("reads %s naming a required SubAppId as required", async (code, message) => {
    const { vod } = vodAnswering(() => Promise.reject(tencentError(code, message)));
    expect(await probeSubAppIdRequirement(vod)).toBe("required");
  });

  it("throws any other answer", async () => {
    const { vod } = vodAnswering(() => Promise.reject(tencentError("FailedOperation.InvalidVodUser", "not enabled")));
    await expect(probeSubAppIdRequirement(vod)).rejects.toMatchObject({ code: "CLOUD_SERVICE_UNAVAILABLE" });
  });
});
