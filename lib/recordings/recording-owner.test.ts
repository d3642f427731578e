import type { MediaInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";
import { describe, expect, it } from "vitest";
import { toRecording } from "@/lib/cloud/vod/to-recording";
import { messageText } from "@/lib/i18n/message-text";
import { foreignRecordingProblem as problemMessage, recordingOwnerOf } from "./recording-owner";

/** The problem in English, as the e2e specs and an English viewer read it. */
const foreignRecordingProblem = (...args: Parameters<typeof problemMessage>) => {
  const problem = problemMessage(...args);
  return problem === null ? null : messageText(problem);
};

const SELECTED = { sdkAppId: 1400000123, streamPath: "trtc_1400000123" };

/** A VOD file as DescribeMediaInfos answers it, reshaped as the console reads it. */
const fileOf = (name: string, sourceInfo: NonNullable<MediaInfo["BasicInfo"]>["SourceInfo"]) =>
  toRecording({ FileId: "5285890800000000042", BasicInfo: { Name: name, SourceInfo: sourceInfo } }, null);

const liveRecording = (path: string, name = "teacher_main_2024-01-02-03-04-05_2024-01-02-03-14-05") =>
  fileOf(name, { SourceType: "Record", LiveRecordInfo: { Domain: "12345.livepush.myqcloud.com", Path: path } });

const cloudRecording = (sdkAppId: number) =>
  fileOf(`${sdkAppId}_room7_UserId_s_Ym9i_UserId_e_main`, {
    SourceType: "TrtcRecord",
    TrtcRecordInfo: { SdkAppId: sdkAppId, RoomId: "room7", TaskId: "task-1", UserIds: ["bob"] },
  });

describe("recordingOwnerOf", () => {
  it("takes a cloud recording's app from TrtcRecordInfo", () => {
    expect(recordingOwnerOf(cloudRecording(1400000456))).toEqual({
      kind: "app",
      sdkAppId: 1400000456,
      by: "trtcRecordInfo",
    });
  });

  it("takes a live recording's app from its stream path, whatever its name says", () => {
    const imitation = liveRecording(
      "trtc_1400000456",
      "1400000123_2001_bob_main_2024-01-02-03-04-05_2024-01-02-03-14-05",
    );
    expect(recordingOwnerOf(imitation)).toEqual({ kind: "app", sdkAppId: 1400000456, by: "streamPath" });
  });

  it("reads the stream path from the push URL when VOD leaves LiveRecordInfo.Path out", () => {
    const pushed = fileOf("teacher_main_2024-01-02-03-04-05_2024-01-02-03-14-05", {
      SourceType: "Record",
      SourceContext: "rtmp://12345.livepush.myqcloud.com/trtc_1400000123/s1?userdefinerecordid=teacher",
    });
    expect(recordingOwnerOf(pushed)).toEqual({ kind: "app", sdkAppId: 1400000123, by: "streamPath" });
  });

  it("says when a stream path is no TRTC app's", () => {
    expect(recordingOwnerOf(liveRecording("live"))).toEqual({ kind: "streamPath", streamPath: "live" });
  });

  it("falls back to the name only when VOD names no source", () => {
    const named = fileOf("1400000123_2001_bob_main_2024-01-02-03-04-05_2024-01-02-03-14-05", undefined);
    expect(recordingOwnerOf(named)).toEqual({ kind: "app", sdkAppId: 1400000123, by: "name" });
    expect(recordingOwnerOf(fileOf("my upload", { SourceType: "Upload" }))).toEqual({ kind: "unknown" });
  });
});

describe("foreignRecordingProblem", () => {
  it("lets the selected app change its own live and cloud recordings", () => {
    expect(foreignRecordingProblem(liveRecording("trtc_1400000123"), SELECTED)).toBeNull();
    expect(foreignRecordingProblem(cloudRecording(1400000123), SELECTED)).toBeNull();
  });

  it("names the FileId, the app it belongs to and the selected app", () => {
    expect(foreignRecordingProblem(liveRecording("trtc_1400000456"), SELECTED)).toBe(
      "FileId 5285890800000000042 belongs to app 1400000456, not the selected app 1400000123.",
    );
    expect(foreignRecordingProblem(cloudRecording(1400000999), SELECTED)).toBe(
      "FileId 5285890800000000042 belongs to app 1400000999, not the selected app 1400000123.",
    );
  });

  it("refuses a stream path of no app and a file of no TRTC source, saying which", () => {
    expect(foreignRecordingProblem(liveRecording("live"), SELECTED)).toBe(
      "FileId 5285890800000000042 was recorded from stream path live, not from the selected app 1400000123 (trtc_1400000123).",
    );
    expect(foreignRecordingProblem(fileOf("my upload", { SourceType: "Upload" }), SELECTED)).toMatch(
      /^FileId 5285890800000000042 is not a TRTC recording .+ not the selected app 1400000123's\.$/,
    );
  });
});
