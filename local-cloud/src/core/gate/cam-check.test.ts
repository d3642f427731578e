import { describe, expect, it } from "vitest";
import { DEFAULT_ACCOUNT, type AccountConfig } from "@shared/local-cloud-account";
import { camDenial, camResourceOf, LOCAL_ACCOUNT_UIN } from "./cam-check";

const account: AccountConfig = {
  ...DEFAULT_ACCOUNT,
  deniedActions: { AKIDlimited: ["trtc:CreateCloudRecording", "vod:*"] },
};
const call = (service: "trtc" | "vod" | "live", action: string, params: unknown = {}, secretId = "AKIDlimited") => ({
  service,
  action,
  secretId,
  params,
  requestId: "req-1",
});

describe("CAM denials", () => {
  it("names the action and the resource the way Tencent's gateway does", () => {
    const denial = camDenial(account, call("trtc", "CreateCloudRecording", { SdkAppId: 1400000456 }));
    expect(denial?.code).toBe("AuthFailure.UnauthorizedOperation");
    expect(denial?.message).toBe(
      "You are not authorized to perform this operation. Check your CAM policies, and ensure that you are using the correct access keys. " +
        `[[request id:req-1]you are not authorized to perform operation (trtc:CreateCloudRecording)\nresource (qcs::trtc::uin/${LOCAL_ACCOUNT_UIN}:sdkappid/1400000456) has no permission\n]`,
    );
  });

  it("denies a whole service with `service:*` and lets everything else through", () => {
    expect(camDenial(account, call("vod", "SearchMedia"))?.message).toContain("(vod:SearchMedia)");
    expect(camDenial(account, call("trtc", "DescribeCloudRecording"))).toBeNull();
    expect(camDenial(account, call("trtc", "CreateCloudRecording", {}, "AKIDother"))).toBeNull();
  });

  it("writes each service's resource", () => {
    expect(camResourceOf("vod", { SubAppId: 1500000002 }, account)).toBe(
      `qcs::vod::uin/${LOCAL_ACCOUNT_UIN}:subAppId/1500000002`,
    );
    expect(camResourceOf("vod", {}, account)).toBe(`qcs::vod::uin/${LOCAL_ACCOUNT_UIN}:subAppId/1500000001`);
    expect(camResourceOf("trtc", { SdkAppid: 1400000123 }, account)).toBe(
      `qcs::trtc::uin/${LOCAL_ACCOUNT_UIN}:sdkappid/1400000123`,
    );
    expect(camResourceOf("trtc", { SdkAppId: "not a number" }, account)).toBe("*");
    expect(camResourceOf("live", { DomainName: "x" }, account)).toBe("*");
  });
});
