import { describe, expect, it } from "vitest";
import type { RelayPublish } from "../../../media/relay/relay";
import { parsePublish } from "./publish-identity";

const isKnownApp = (sdkAppId: number) => sdkAppId === 1400000123;

function publish(query: Record<string, string>, app = "trtc_1400000123", name = "stream1"): RelayPublish {
  return { sessionId: "s1", app, name, streamPath: `/${app}/${name}`, query, clientIp: "127.0.0.1" };
}

describe("parsePublish", () => {
  it("reads an integer room from a numeric roomid", () => {
    const result = parsePublish(publish({ roomid: "1234", userid: "alice" }), isKnownApp);
    expect(result).toEqual({
      ok: true,
      identity: {
        room: { sdkAppId: 1400000123, roomId: "1234", roomIdType: 1 },
        userId: "alice",
        clientIp: "127.0.0.1",
        stream: {
          sessionId: "s1",
          streamId: "stream1",
          streamType: "main",
          userDefineRecordId: undefined,
          taskId: undefined,
        },
      },
    });
  });

  it("reads a string room from strroomid, or from a roomid that is not a uint32", () => {
    const queries: Array<Record<string, string>> = [
      { strroomid: "1234" },
      { roomid: "room-a" },
      { roomid: "0123" },
      { roomid: "4294967296" },
    ];
    for (const query of queries) {
      const result = parsePublish(publish({ ...query, userid: "u" }), isKnownApp);
      expect(result.ok && result.identity.room.roomIdType).toBe(0);
    }
  });

  it("keeps the stream type, record id and task id", () => {
    const result = parsePublish(
      publish({ roomid: "1", userid: "u", streamtype: "aux", userdefinerecordid: "rec", taskid: "t1" }),
      isKnownApp,
    );
    expect(result.ok && result.identity.stream).toMatchObject({
      streamType: "aux",
      userDefineRecordId: "rec",
      taskId: "t1",
    });
  });

  it("refuses unknown apps, missing room or user, and bad stream types", () => {
    const reasons = [
      parsePublish(publish({ roomid: "1", userid: "u" }, "live"), isKnownApp),
      parsePublish(publish({ roomid: "1", userid: "u" }, "trtc_1400000999"), isKnownApp),
      parsePublish(publish({ userid: "u" }), isKnownApp),
      parsePublish(publish({ roomid: "1" }), isKnownApp),
      parsePublish(publish({ roomid: "1", userid: "u", streamtype: "sub" }), isKnownApp),
      parsePublish(publish({ roomid: "1", userid: "u".repeat(33) }), isKnownApp),
    ];
    expect(reasons.every((result) => !result.ok)).toBe(true);
  });
});
