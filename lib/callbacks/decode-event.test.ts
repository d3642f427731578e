import { describe, expect, it } from "vitest";
import { decodeCssEvent as decodeCss, decodeTrtcEvent as decodeTrtc } from "./decode-event";
import { decodedInWords } from "./testing/decoded-in-words";

const decodeCssEvent = (body: Record<string, unknown>) => decodedInWords(decodeCss(body));
const decodeTrtcEvent = (body: Record<string, unknown>) => decodedInWords(decodeTrtc(body));

describe("decodeCssEvent", () => {
  it("decodes the base64 user id, the record id and callback_ext", () => {
    const fields = decodeCssEvent({
      stream_id: "1400000123_2001_alice_main",
      stream_param: "sdkappid=1400000123&roomid=2001&userid=YWxpY2U%3D&userdefinerecordid=rec-7",
      callback_ext: '{"video_codec":"h264","resolution":"640x360"}',
      start_time: 1760000000,
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        { label: "User id (decoded from base64)", value: "alice" },
        { label: "userDefineRecordId", value: "rec-7" },
        { label: "Room id", value: "2001" },
        { label: "callback_ext.video_codec", value: "h264" },
        { label: "Start", value: "2025-10-09T08:53:20.000Z" },
      ]),
    );
  });

  it("shows a user id that is not base64 as it came", () => {
    expect(decodeCssEvent({ stream_param: "userid=al!ce" })).toContainEqual({
      label: "User id (decoded from base64)",
      value: "al!ce",
    });
  });

  it("keeps a callback_ext that is not JSON", () => {
    expect(decodeCssEvent({ callback_ext: "{oops" })).toContainEqual({
      label: "callback_ext (not JSON)",
      value: "{oops",
    });
  });

  it("links a file id to its recording, unless it is not a VOD FileId", () => {
    expect(decodeCssEvent({ file_id: "5285890799999999999" })).toContainEqual({
      label: "File id",
      value: "5285890799999999999",
      href: "/recordings/5285890799999999999",
    });
    expect(decodeCssEvent({ file_id: "../users" })).toContainEqual({ label: "File id", value: "../users" });
  });

  it("shows times it cannot represent as they came instead of throwing", () => {
    const fields = decodeCssEvent({ start_time: Number.MAX_SAFE_INTEGER, end_time: "1e999", t: -1 });
    expect(fields).toEqual(
      expect.arrayContaining([
        { label: "Start", value: `${Number.MAX_SAFE_INTEGER} (not a valid time)` },
        { label: "End", value: "1e999 (not a valid time)" },
        { label: "Signature expires (t)", value: "-1 (not a valid time)" },
      ]),
    );
  });
});

describe("decodeTrtcEvent", () => {
  it("reads 311 in both the nested and the flat layout", () => {
    const nested = {
      EventInfo: { RoomId: "2001", Payload: { Status: 0, TencentVod: { FileId: "528", UserId: "bob" } } },
    };
    const flat = { EventInfo: { RoomId: 2001, Payload: { Status: 0, FileId: "528", UserId: "bob" } } };
    for (const body of [nested, flat]) {
      expect(decodeTrtcEvent(body)).toEqual(
        expect.arrayContaining([
          { label: "Room id", value: "2001" },
          { label: "File id", value: "528", href: "/recordings/528" },
          { label: "User", value: "bob" },
        ]),
      );
    }
  });
});
