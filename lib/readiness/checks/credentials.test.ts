import { describe, expect, it } from "vitest";
import { inEnglish, answered, succeeded, unreachable } from "../testing/outcomes";
import { interpretCredentials as interpretCredentialsMessages } from "./credentials";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretCredentials = inEnglish(interpretCredentialsMessages);

const CREDENTIALS = { secretIdHint: "AKIDTEST…0000", endpoint: "http://127.0.0.1:4566", region: "ap-guangzhou" };

describe("interpretCredentials", () => {
  it.each([
    ["AuthFailure.SecretIdNotFound", "TENCENTCLOUD_SECRET_ID against CAM → API keys"],
    ["AuthFailure.InvalidSecretId", "is not a TencentCloud API key"],
    ["AuthFailure.SignatureFailure", "TENCENTCLOUD_SECRET_KEY is not the key of TENCENTCLOUD_SECRET_ID"],
    ["AuthFailure.SignatureExpire", "this server's clock"],
    ["AuthFailure.TokenFailure", "Check TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY"],
  ])("%s blocks and says what to fix, with the API keys page", (code, advice) => {
    const line = interpretCredentials(
      [answered(code, "trtc:DescribeRecordStatistic"), answered(code, "vod:DescribeSubAppIds")],
      CREDENTIALS,
    );
    expect(line).toMatchObject({
      id: "credentials",
      status: "blocking",
      title: "Tencent Cloud refuses the console's keys",
      fixUrl: "https://console.cloud.tencent.com/cam/capi",
    });
    expect(line.detail).toContain(advice);
    expect(line.detail).toContain(`(${code}, SecretId AKIDTEST…0000)`);
  });

  it("AuthFailure.UnRealNameAuthenticated names the account, not the keys", () => {
    const line = interpretCredentials(
      [answered("AuthFailure.UnRealNameAuthenticated", "trtc:DescribeRecordStatistic")],
      CREDENTIALS,
    );
    expect(line).toMatchObject({ status: "blocking", title: "The Tencent Cloud account is not verified" });
    expect(line.detail).toContain("real-name verification");
    expect(line.fixUrl).toBeUndefined();
  });

  it("blocks when no product answers at all, naming the endpoint", () => {
    const line = interpretCredentials(
      [
        unreachable("trtc:DescribeRecordStatistic"),
        unreachable("vod:DescribeSubAppIds"),
        unreachable("live:DescribeLiveDomains"),
      ],
      CREDENTIALS,
    );
    expect(line).toMatchObject({ status: "blocking", title: "The cloud cannot be reached" });
    expect(line.detail).toContain("Endpoint: http://127.0.0.1:4566.");
  });

  it("is fine when a product answered, even with a refusal of its own", () => {
    const line = interpretCredentials(
      [
        succeeded(new Map()),
        answered("FailedOperation.InvalidVodUser", "vod:DescribeSubAppIds"),
        unreachable("live:DescribeLiveDomains"),
      ],
      CREDENTIALS,
    );
    expect(line).toEqual({
      id: "credentials",
      status: "ok",
      title: "Tencent Cloud accepts the console's keys",
      detail: "http://127.0.0.1:4566 (ap-guangzhou) accepted requests signed with SecretId AKIDTEST…0000.",
    });
  });
});
