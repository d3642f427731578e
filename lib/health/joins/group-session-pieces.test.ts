import { describe, expect, it } from "vitest";
import { groupSessionPieces, samePieces, SESSION_GAP_MS, type PieceSource } from "./group-session-pieces";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, 0) + minute * 60_000);

const piece = (
  fileId: string,
  fromMinute: number,
  toMinute: number,
  overrides: Partial<PieceSource> = {},
): PieceSource => ({
  fileId,
  vodSubAppId: null,
  sessionKey: "css:alice",
  format: "mp4",
  startedAt: at(fromMinute),
  endedAt: at(toMinute),
  discoveredAt: at(toMinute + 1),
  ...overrides,
});

const shape = (rows: PieceSource[], gapMs?: number) =>
  groupSessionPieces(rows, gapMs).map((session) => session.pieces.map((p) => `${p.position}:${p.fileId}`));

describe("groupSessionPieces", () => {
  it("chains one stream's files in start order while each starts within the gap of the previous end", () => {
    const rows = [
      piece("c", 125, 130),
      piece("a", 0, 60),
      piece("b", 60, 120),
      piece("d", 200, 210),
      piece("e", 211, 215),
    ];
    // c starts 5 min after b: same session; d starts 70 min after c: a new one.
    expect(shape(rows)).toEqual([
      ["1:a", "2:b", "3:c"],
      ["1:d", "2:e"],
    ]);
  });

  it("keeps an HLS and an MP4 recording of the same span apart, and leaves out single files", () => {
    const rows = [
      piece("mp4-1", 0, 60),
      piece("hls-1", 0, 60, { format: "m3u8" }),
      piece("mp4-2", 60, 90),
      piece("hls-2", 60, 90, { format: "m3u8" }),
      piece("alone", 0, 5, { sessionKey: "css:bob" }),
    ];
    expect(shape(rows)).toEqual([
      ["1:mp4-1", "2:mp4-2"],
      ["1:hls-1", "2:hls-2"],
    ]);
  });

  it("groups a task's files whatever the gap, and never a join's output or a file without a key or start", () => {
    const task = "task:T1:u1:main";
    const rows = [
      piece("t2", 300, 320, { sessionKey: task }),
      piece("t1", 0, 10, { sessionKey: task }),
      piece("joined", 0, 320, { sessionKey: "join:3f0" }),
      piece("joined-2", 0, 320, { sessionKey: "join:3f0" }),
      piece("nokey", 0, 10, { sessionKey: null }),
      piece("nostart", 0, 10, { sessionKey: task, startedAt: null }),
    ];
    expect(shape(rows)).toEqual([["1:t1", "2:t2"]]);
  });

  it("keeps files of two VOD applications apart (EditMedia joins within one)", () => {
    expect(shape([piece("a", 0, 10), piece("b", 10, 20, { vodSubAppId: 1500000002 })])).toEqual([]);
  });

  it("measures the gap from the latest end so far, and takes the gap it is given", () => {
    const rows = [piece("a", 0, 100), piece("b", 10, 20), piece("c", 120, 130)];
    expect(shape(rows)).toEqual([["1:a", "2:b", "3:c"]]);
    expect(shape(rows, 10 * 60_000)).toEqual([["1:a", "2:b"]]);
    expect(SESSION_GAP_MS).toBe(30 * 60_000);
  });

  it("compares piece sets regardless of order", () => {
    expect(samePieces(["a", "b"], ["b", "a"])).toBe(true);
    expect(samePieces(["a", "b"], ["a", "b", "c"])).toBe(false);
  });
});
