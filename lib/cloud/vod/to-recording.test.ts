import { describe, expect, it } from "vitest";
import { toRecording } from "./to-recording";

describe("toRecording", () => {
  it("splits a legacy name and decodes the user id from SourceContext", () => {
    const recording = toRecording(
      {
        FileId: "5285890800000000001",
        BasicInfo: {
          Name: "teacher42_main_2022-04-02-15-46-28_2022-04-02-15-46-43",
          Type: "mp4",
          MediaUrl: "http://127.0.0.1:4566/vod/main/1/f0.mp4",
          CoverUrl: "",
          CreateTime: "2022-04-02T07:46:45Z",
          ExpireTime: "9999-12-31T23:59:59Z",
          SourceInfo: {
            SourceType: "Record",
            SourceContext: `rtmp://12345.livepush.myqcloud.com/trtc_1/s?roomid=2001&userid=${Buffer.from("bob").toString("base64")}&userdefinerecordid=teacher42`,
            LiveRecordInfo: { StreamId: "1400000123_2001_bob_main" },
          },
        },
        MetaData: { Duration: 15.2, Size: 1000, Width: 640, Height: 360 },
      },
      null,
    );
    expect(recording).toMatchObject({
      fileId: "5285890800000000001",
      coverUrl: null,
      expiresAt: null,
      durationSeconds: 15.2,
      streamId: "1400000123_2001_bob_main",
      publisherUserId: "bob",
      userDefineRecordId: "teacher42",
      parts: {
        prefix: "teacher42_main",
        streamType: "main",
        roomId: "2001",
        userId: "bob",
        start: "2022-04-02T07:46:28.000Z",
      },
    });
  });

  it("takes a live recording's stream path from the push URL when LiveRecordInfo leaves it out", () => {
    const pushed = (SourceType: string, SourceContext: string) =>
      toRecording({ FileId: "6", BasicInfo: { Name: "x", SourceInfo: { SourceType, SourceContext } } }, null).source;
    expect(pushed("Record", "rtmp://12345.livepush.myqcloud.com/trtc_1400000456/s1?roomid=1").liveRecord).toEqual({
      domain: null,
      path: "trtc_1400000456",
      streamId: null,
      start: null,
      end: null,
    });
    expect(pushed("Record", "not a url").liveRecord).toBeNull();
    expect(pushed("Upload", "rtmp://12345.livepush.myqcloud.com/trtc_1400000456/s1").liveRecord).toBeNull();
  });

  it("keeps names that do not follow the rules as they are", () => {
    const recording = toRecording(
      { FileId: "9", BasicInfo: { Name: "my upload", ExpireTime: "2030-01-01T00:00:00Z" } },
      1500000001,
    );
    expect(recording).toMatchObject({
      name: "my upload",
      parts: null,
      expiresAt: "2030-01-01T00:00:00Z",
      subAppId: 1500000001,
    });
  });

  it("reads the streams and the source: codecs, frame rates, the recorded stream and its times", () => {
    const recording = toRecording(
      {
        FileId: "7",
        BasicInfo: {
          Name: "1400000123_2001_alice_main_2022-04-02-15-46-28_2022-04-02-15-46-43",
          SourceInfo: {
            SourceType: "Record",
            LiveRecordInfo: {
              Domain: "12345.livepush.myqcloud.com",
              Path: "trtc_1400000123",
              StreamId: "1400000123_2001_alice_main",
              RecordStartTime: "2022-04-02T07:46:28Z",
              RecordEndTime: "",
            },
          },
        },
        MetaData: {
          VideoStreamSet: [{ Codec: "h264", Width: 640, Height: 360, Fps: 25, Bitrate: 0 }],
          AudioStreamSet: [{ Codec: "aac", SamplingRate: 48000, Bitrate: 128000 }],
        },
      },
      null,
    );
    expect(recording).toMatchObject({
      roomId: "2001",
      videoStreams: [{ codec: "h264", width: 640, height: 360, fps: 25, bitrate: null }],
      audioStreams: [{ codec: "aac", samplingRate: 48000, bitrate: 128000 }],
      source: {
        type: "Record",
        liveRecord: {
          domain: "12345.livepush.myqcloud.com",
          path: "trtc_1400000123",
          streamId: "1400000123_2001_alice_main",
          start: "2022-04-02T07:46:28Z",
          end: null,
        },
        trtcRecord: null,
      },
      parts: { rule: "auto", sdkAppId: 1400000123, userId: "alice" },
    });
  });

  it("takes a cloud recording's room from its task when the name does not say", () => {
    const recording = toRecording(
      {
        FileId: "8",
        BasicInfo: {
          Name: "my upload",
          SourceInfo: {
            SourceType: "TrtcRecord",
            TrtcRecordInfo: { SdkAppId: 1400000123, RoomId: "class-a", TaskId: "task-1", UserIds: ["bob"] },
          },
        },
      },
      null,
    );
    expect(recording).toMatchObject({
      roomId: "class-a",
      parts: null,
      source: { type: "TrtcRecord", trtcRecord: { roomId: "class-a", taskId: "task-1", userIds: ["bob"] } },
    });
  });
});
