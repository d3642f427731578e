import { describe, expect, it } from "vitest";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { CONSOLE_DESCRIPTION } from "./css-types";
import { fromRecordTemplate, toRecordTemplate } from "./record-template";

const settings: RecordingSettings = {
  enabled: true,
  mode: "chosen",
  formats: ["hls", "mp4"],
  maxFileMinutes: 30,
  retentionDays: 7,
  resumeSeconds: 60,
  vodSubAppId: 1500000001,
  callbackUrl: "https://example.com/cb",
  callbackKey: "Key123",
};

describe("the CSS record template", () => {
  it("maps the guide's settings onto a record template", () => {
    const template = toRecordTemplate(settings);
    expect(template.HlsParam).toEqual({
      Enable: 1,
      RecordInterval: 1800,
      StorageTime: 604800,
      VodSubAppId: 1500000001,
    });
    expect(template.FlvParam?.Enable).toBe(0);
    expect(template.HlsSpecialParam).toEqual({ FlowContinueDuration: 60 });
  });

  it("describes itself only in the characters CSS allows: letters, digits, _ and -", () => {
    expect(toRecordTemplate(settings).Description).toBe(CONSOLE_DESCRIPTION);
    expect(CONSOLE_DESCRIPTION).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("reads a template back per format, missing formats as null", () => {
    const template = fromRecordTemplate({
      TemplateId: 7,
      TemplateName: "t",
      Mp4Param: { Enable: 1, RecordInterval: 600 },
    });
    expect(template).toEqual({
      id: 7,
      name: "t",
      formats: {
        hls: null,
        mp4: { isEnabled: true, intervalSeconds: 600, storageSeconds: null, vodSubAppId: null },
        flv: null,
        aac: null,
      },
      resumeSeconds: null,
    });
  });
});
