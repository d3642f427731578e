import { describe, expect, it } from "vitest";
import { CloudError } from "@/lib/cloud/errors";
import { messageText } from "@/lib/i18n/message-text";
import { explainingPushDomain } from "./settings-target";

const target = { sdkAppId: 1400000123, pushDomain: "99999.livepush.myqcloud.com", streamPath: "trtc_1400000123" };
const failing = (code: CloudError["code"]) => async () => {
  throw new CloudError(code, "mapped message", "ResourceNotFound.DomainNotExist", "req-1", false);
};

describe("explainingPushDomain", () => {
  it("says which value to change when CSS does not know the app's push domain", async () => {
    const result = await explainingPushDomain(target, failing("CLOUD_PUSH_DOMAIN_NOT_FOUND"));
    if (result.ok) throw new Error("a refused domain must not pass");
    expect(result.error.code).toBe("CLOUD_PUSH_DOMAIN_NOT_FOUND");
    expect(messageText(result.error.message)).toMatch(
      /^CSS has no push domain 99999\.livepush\.myqcloud\.com on this account.*check this application's push domain under Applications/,
    );
  });

  it("passes results through and rethrows every other failure", async () => {
    expect(await explainingPushDomain(target, async () => 42)).toEqual({ ok: true, data: 42 });
    await expect(explainingPushDomain(target, failing("CLOUD_INTERNAL"))).rejects.toMatchObject({
      code: "CLOUD_INTERNAL",
    });
  });
});
