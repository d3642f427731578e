import { describe, expect, it } from "vitest";
import type { RecordedStream } from "./recorded-stream";
import { beijingTimestamp, recordingNameId, renderRecordingName } from "./recording-name";

const stream = (overrides: Partial<RecordedStream>): RecordedStream => ({
  sdkAppId: 1400000123,
  domain: "12345.livepush.myqcloud.com",
  appName: "trtc_1400000123",
  streamId: "1400000123_1234_alice_main",
  roomId: "1234",
  userId: "alice",
  streamType: "main",
  userDefineRecordId: undefined,
  hasDefaultStreamId: true,
  streamParam: "",
  ...overrides,
});

// 2022-04-02T07:46:28Z and 07:46:43Z: the real SearchMedia sample in §5.1 (15:46 in Beijing).
const START = Date.UTC(2022, 3, 2, 7, 46, 28, 250);
const END = Date.UTC(2022, 3, 2, 7, 46, 43);

describe("recording names (§5.1)", () => {
  it("writes times in UTC+8 whatever the server's zone, across a day boundary too", () => {
    expect(beijingTimestamp(START)).toBe("2022-04-02-15-46-28");
    expect(beijingTimestamp(Date.UTC(2022, 11, 31, 17, 0, 5))).toBe("2023-01-01-01-00-05");
  });

  it("names a publisher's userdefinerecordid with the stream type, as the real sample", () => {
    const id = recordingNameId(stream({ userDefineRecordId: "1400621582_1", streamType: "main" }));
    expect(renderRecordingName(null, id, START, END)).toBe("1400621582_1_main_2022-04-02-15-46-28_2022-04-02-15-46-43");
  });

  it("names an app-chosen stream id by itself and TRTC's default one by app, room, user and type", () => {
    expect(recordingNameId(stream({ streamId: "teacher-cam", hasDefaultStreamId: false }))).toBe("teacher-cam");
    expect(recordingNameId(stream({ streamType: "aux", streamId: "1400000123_1234_alice_aux" }))).toBe(
      "1400000123_1234_alice_aux",
    );
  });

  it("fills a template's VodFileName placeholders and leaves unknown ones", () => {
    expect(
      renderRecordingName(
        "{StreamID}/{StartYear}{StartMonth}{StartDay}-{StartMillisecond}-{EndSecond}-{Other}",
        "s1",
        START,
        END,
      ),
    ).toBe("s1/20220402-250-43-{Other}");
  });
});
