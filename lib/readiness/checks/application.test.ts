import { describe, expect, it } from "vitest";
import { inEnglish, answered, camDenialMessage, succeeded } from "../testing/outcomes";
import { interpretApplication as interpretApplicationMessages } from "./application";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretApplication = inEnglish(interpretApplicationMessages);

describe("interpretApplication", () => {
  it.each(["FailedOperation.SdkAppIdNotExist", "InvalidParameter.SdkAppId", "UnauthorizedOperation.SdkAppId"])(
    "%s blocks: TRTC does not know the app",
    (code) => {
      const line = interpretApplication(1400000999, answered(code, "trtc:DescribeRoomInfo"));
      expect(line).toMatchObject({
        id: "application",
        status: "blocking",
        title: "TRTC does not know app 1400000999",
        fixUrl: "https://console.cloud.tencent.com/trtc/app",
      });
      expect(line.detail).toContain(`TRTC answered ${code} for SdkAppId 1400000999`);
    },
  );

  it("knows the app when DescribeRoomInfo answers, with or without a package", () => {
    expect(interpretApplication(1400000123, succeeded(undefined))).toMatchObject({
      status: "ok",
      title: "TRTC knows app 1400000123",
    });
    expect(
      interpretApplication(1400000123, answered("InvalidParameter.StartTimeOversize", "trtc:DescribeRoomInfo")).status,
    ).toBe("ok");
  });

  it("is not checked when CAM denies the read that tells", () => {
    const denied = answered(
      "AuthFailure.UnauthorizedOperation",
      "trtc:DescribeRoomInfo",
      camDenialMessage("trtc:DescribeRoomInfo", "qcs::trtc::uin/1:sdkappid/1400000123"),
    );
    expect(interpretApplication(1400000123, denied)).toMatchObject({ status: "not-checked" });
  });
});
