import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { describe, expect, it } from "vitest";
import { cloudRead, cloudWrite } from "./call";

const failing = (code: string) => {
  const error = new TencentCloudSDKHttpException("boom", "req");
  error.code = code;
  return error;
};

const NO_DELAY = { attempts: 3, baseDelayMs: 0 };

describe("cloudRead", () => {
  it("retries rate limits and internal errors, then succeeds", async () => {
    const outcomes = [failing("RequestLimitExceeded"), failing("InternalError"), "ok"];
    let calls = 0;
    const result = await cloudRead(async () => {
      const outcome = outcomes[calls++];
      if (outcome instanceof Error) throw outcome;
      return outcome;
    }, NO_DELAY);
    expect(result).toBe("ok");
    expect(calls).toBe(3);
  });

  it("gives up after the last attempt with the mapped error", async () => {
    let calls = 0;
    const read = cloudRead(async () => {
      calls += 1;
      throw failing("InternalError");
    }, NO_DELAY);
    await expect(read).rejects.toMatchObject({ code: "CLOUD_INTERNAL" });
    expect(calls).toBe(3);
  });

  it("does not retry errors a retry cannot fix", async () => {
    let calls = 0;
    const read = cloudRead(async () => {
      calls += 1;
      throw failing("InvalidParameter.RoomId");
    }, NO_DELAY);
    await expect(read).rejects.toMatchObject({ code: "CLOUD_INVALID_PARAMETER" });
    expect(calls).toBe(1);
  });
});

describe("cloudWrite", () => {
  it("never retries, so a mutation cannot run twice", async () => {
    let calls = 0;
    const write = cloudWrite(async () => {
      calls += 1;
      throw failing("InternalError");
    });
    await expect(write).rejects.toMatchObject({ code: "CLOUD_INTERNAL" });
    expect(calls).toBe(1);
  });
});
