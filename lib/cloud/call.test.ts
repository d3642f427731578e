import TencentCloudSDKHttpException from "tencentcloud-sdk-nodejs/tencentcloud/common/exception/tencent_cloud_sdk_exception";
import { messageText } from "@/lib/i18n/message-text";
import { describe, expect, it } from "vitest";
import { cloudRead, cloudWrite, type ReadOptions } from "./call";

const failing = (code: string) => {
  const error = new TencentCloudSDKHttpException("boom", "req");
  error.code = code;
  return error;
};

/** Records the waits instead of waiting: no test sleeps. */
function recordingSleep() {
  const waits: number[] = [];
  const options: ReadOptions = {
    policy: { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
  return { waits, options };
}

/** A call that fails with `codes` in turn, then answers "ok". */
function scripted(codes: string[]) {
  let calls = 0;
  const call = async () => {
    const code = codes[calls++];
    if (code) throw failing(code);
    return "ok";
  };
  return { call, calls: () => calls };
}

describe("cloudRead", () => {
  it("retries rate limits and internal errors, then succeeds", async () => {
    const { waits, options } = recordingSleep();
    const script = scripted(["RequestLimitExceeded", "InternalError"]);
    await expect(cloudRead("trtc:DescribeRoomInfo", script.call, options)).resolves.toBe("ok");
    expect(script.calls()).toBe(3);
    expect(waits).toEqual([50, 100]);
  });

  it("gives up after the last attempt with the mapped error, naming the action", async () => {
    const { waits, options } = recordingSleep();
    const script = scripted(["InternalError", "InternalError", "InternalError", "InternalError"]);
    await expect(cloudRead("vod:SearchMedia", script.call, options)).rejects.toMatchObject({
      code: "CLOUD_INTERNAL",
      action: "vod:SearchMedia",
    });
    expect(script.calls()).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it("does not retry errors a retry cannot fix", async () => {
    const { waits, options } = recordingSleep();
    const script = scripted(["InvalidParameter.RoomId"]);
    await expect(cloudRead("trtc:DescribeRoomInfo", script.call, options)).rejects.toMatchObject({
      code: "CLOUD_INVALID_PARAMETER",
    });
    expect(script.calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it.each(["InternalError.RuleAlreadyExist", "InternalError.ConfNotFound", "InternalError.DomainNotExist"])(
    "never retries CSS's business error %s, which arrives as an InternalError",
    async (code) => {
      const { options } = recordingSleep();
      const script = scripted([code]);
      await expect(cloudRead("live:DescribeLiveRecordRules", script.call, options)).rejects.toMatchObject({
        cloudCode: code,
      });
      expect(script.calls()).toBe(1);
    },
  );

  it("does not retry an unreachable endpoint (the SDK already waited for its timeout)", async () => {
    const { options } = recordingSleep();
    let calls = 0;
    const read = cloudRead(
      "trtc:DescribeCloudRecording",
      async () => {
        calls += 1;
        throw new TencentCloudSDKHttpException("connect ECONNREFUSED");
      },
      options,
    );
    await expect(read).rejects.toMatchObject({ code: "CLOUD_UNREACHABLE" });
    expect(calls).toBe(1);
  });
});

describe("cloudWrite", () => {
  it("never retries, so a mutation cannot run twice", async () => {
    let calls = 0;
    const write = cloudWrite("trtc:CreateCloudRecording", async () => {
      calls += 1;
      throw failing("InternalError");
    });
    await expect(write).rejects.toMatchObject({ code: "CLOUD_INTERNAL" });
    expect(calls).toBe(1);
  });

  it("reports a rate limit at once, saying nothing was changed", async () => {
    let calls = 0;
    const write = cloudWrite("trtc:StartMCUMixTranscode", async () => {
      calls += 1;
      throw failing("RequestLimitExceeded");
    });
    const error = await write.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "CLOUD_RATE_LIMITED" });
    expect(messageText((error as Error).message)).toBe(
      "Tencent Cloud is rate-limiting trtc:StartMCUMixTranscode (at most 20 requests a second per action), so nothing was changed. Wait a few seconds and try again.",
    );
    expect(calls).toBe(1);
  });
});
