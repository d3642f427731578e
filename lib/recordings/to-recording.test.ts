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
            SourceContext: `rtmp://1.livepush.myqcloud.com/trtc_1/s?roomid=2001&userid=${Buffer.from("bob").toString("base64")}&userdefinerecordid=teacher42`,
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
});
