import { describe, expect, it } from "vitest";
import { parseSeekHash, seekHashOf } from "./seek-hash";

describe("parseSeekHash", () => {
  it("reads the seconds of #t=…, whole or with a fraction, with npt: or an end time", () => {
    expect(parseSeekHash("#t=75")).toBe(75);
    expect(parseSeekHash("#t=0")).toBe(0);
    expect(parseSeekHash("#t=12.5")).toBe(12.5);
    expect(parseSeekHash("#t=npt:3.25")).toBe(3.25);
    expect(parseSeekHash("#t=10,20")).toBe(10);
  });

  it("is null for no hash, another hash, and times that are not plain seconds", () => {
    for (const hash of ["", "#", "#t=", "#top", "#t=-5", "#t=abc", "#t=1e3", "#t=1:05", "#t=5s", "#x=5", "t=5"]) {
      expect(parseSeekHash(hash), hash).toBeNull();
    }
  });

  it("round-trips what seekHashOf writes, in tenths, never before the start", () => {
    expect(seekHashOf(75)).toBe("#t=75");
    expect(seekHashOf(12.345)).toBe("#t=12.3");
    expect(seekHashOf(-1)).toBe("#t=0");
    expect(parseSeekHash(seekHashOf(3599.99))).toBe(3599.9);
  });
});
