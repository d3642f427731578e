import { describe, expect, it } from "vitest";
import type { AppConfig } from "@shared/local-cloud-account";
import type { McuMixRequest } from "../schemas/mcu-mix";
import { assertCloudRecordingApp, assertMonitoringPackage, mcuRequestFor } from "./account-rules";

const legacy: AppConfig = { sdkAppId: 1400000123, generation: "legacy", hasMonitoringPackage: false };
const cloud: AppConfig = { sdkAppId: 1400000456, generation: "cloud", hasMonitoringPackage: true };
const request: McuMixRequest = {
  OutputParams: { StreamId: "mix", RecordId: "lesson", RecordAudioOnly: 1 },
  EncodeParams: { AudioSampleRate: 48000, AudioBitrate: 64, AudioChannels: 2 },
  LayoutParams: { Template: 1 },
};

describe("the account's rules for an app", () => {
  it("keeps CreateCloudRecording to cloud-recording apps", () => {
    expect(() => assertCloudRecordingApp(cloud)).not.toThrow();
    expect(() => assertCloudRecordingApp(legacy)).toThrow(
      expect.objectContaining({ code: "FailedOperation.CRUnsupportMethod" }),
    );
  });

  it("drops an MCU RecordId on a cloud-recording app only", () => {
    expect(mcuRequestFor(legacy, request)).toBe(request);
    expect(mcuRequestFor(cloud, request)).toEqual({
      ...request,
      OutputParams: { StreamId: "mix", RecordAudioOnly: 1 },
    });
  });

  it("answers the room and user queries only with a package", () => {
    expect(() => assertMonitoringPackage(cloud, "DescribeRoomInfo")).not.toThrow();
    expect(() => assertMonitoringPackage(legacy, "DescribeUserInfo")).toThrow(
      expect.objectContaining({ code: "InvalidParameter.StartTimeOversize" }),
    );
  });
});
