import { describe, expect, it } from "vitest";
import { inEnglish, answered, succeeded } from "../testing/outcomes";
import { interpretRoomQueries as interpretRoomQueriesMessages } from "./room-queries";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretRoomQueries = inEnglish(interpretRoomQueriesMessages);

describe("interpretRoomQueries", () => {
  it("says DescribeRoomInfo is available with a package", () => {
    expect(interpretRoomQueries(succeeded(undefined))).toMatchObject({
      id: "room-queries",
      status: "ok",
      title: "DescribeRoomInfo is available (monitoring package)",
    });
  });

  it.each(["InvalidParameter.StartTimeOversize", "FailedOperation.NotAbility"])(
    "%s: not available, and not needed — with the package page",
    (code) => {
      const line = interpretRoomQueries(answered(code, "trtc:DescribeRoomInfo"));
      expect(line).toMatchObject({
        status: "ok",
        title: "DescribeRoomInfo is not available (no monitoring package)",
        fixUrl: "https://console.cloud.tencent.com/trtc/package",
      });
      expect(line.detail).toContain(`TRTC answered ${code}`);
      expect(line.detail).toContain("live rooms come from TRTC's room and media event callbacks");
    },
  );

  it("is not checked when CAM denies it or the app is unknown", () => {
    expect(interpretRoomQueries(answered("AuthFailure.UnauthorizedOperation", "trtc:DescribeRoomInfo")).status).toBe(
      "not-checked",
    );
    expect(interpretRoomQueries(answered("FailedOperation.SdkAppIdNotExist", "trtc:DescribeRoomInfo")).status).toBe(
      "not-checked",
    );
  });
});
