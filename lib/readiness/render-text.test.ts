import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { renderReadinessText, summaryOf } from "./render-text";
import type { ReadinessReport } from "./types";

const report: ReadinessReport = {
  target: { sdkAppId: 1400000123, generation: "legacy" },
  cloud: "http://127.0.0.1:4566 (ap-guangzhou)",
  checkedAt: new Date("2026-12-01T12:00:00Z"),
  lines: [
    { id: "credentials", status: "ok", title: "Tencent Cloud accepts the console's keys", detail: "Accepted." },
    {
      id: "cam.live:CreateLiveRecordRule",
      status: "blocking",
      title: "CAM denies live:CreateLiveRecordRule",
      detail: "Attach QcloudLIVEFullAccess.",
      fixUrl: "https://console.cloud.tencent.com/cam/policy",
    },
  ],
};

describe("renderReadinessText", () => {
  it("prints each line with its status, detail and fix link, then whether recording is blocked", () => {
    expect(renderReadinessText(report, ["The last-event lines are on the Overview card."])).toBe(
      [
        "Readiness of TRTC app 1400000123 (legacy recording)",
        "Cloud: http://127.0.0.1:4566 (ap-guangzhou), checked 2026-12-01T12:00:00.000Z",
        "The last-event lines are on the Overview card.",
        "",
        "[ok]          Tencent Cloud accepts the console's keys",
        "              Accepted.",
        "[BLOCKING]    CAM denies live:CreateLiveRecordRule",
        "              Attach QcloudLIVEFullAccess.",
        "              Fix: https://console.cloud.tencent.com/cam/policy",
        "",
        "1 blocking, 0 warnings, 0 not checked, 1 ok: recording is blocked.",
        "",
      ].join("\n"),
    );
  });

  it("says nothing blocks recording when no line does", () => {
    expect(messageText(summaryOf({ lines: [{ id: "a", status: "warning", title: "t", detail: "d" }] }))).toBe(
      "0 blocking, 1 warning, 0 not checked, 0 ok: nothing blocks recording.",
    );
  });
});
