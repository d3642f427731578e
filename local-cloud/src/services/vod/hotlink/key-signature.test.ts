import { describe, expect, it } from "vitest";
import { dirOf, hotlinkSign, signedQuery, verifyHotlink } from "./key-signature";

// The worked examples of VOD's Key hotlink page (266/14047, 266/33986).
const KEY = "24FEQmTzro4V5u3D5epW";
const PATH = "/dir1/dir2/myVideo.mp4";
const T = "5a71afc0"; // 1517400000
const query = (text: string) => new URLSearchParams(text);

describe("Key hotlink signatures", () => {
  it("computes the documented examples", () => {
    expect(dirOf(PATH)).toBe("/dir1/dir2/");
    expect(hotlinkSign(KEY, "/dir1/dir2/", { t: T, us: "72d4cd1101" })).toBe("3d8488faeb37d52d6bf63b63c1b171c3");
    expect(hotlinkSign(KEY, "/dir1/dir2/", { t: T, rlimit: "3", us: "72d4cd1101" })).toBe(
      "c5214f0d5961b13acd558b4957c4dfc5",
    );
    expect(hotlinkSign(KEY, "/dir1/dir2/", { t: T, exper: "300", us: "72d4cd1101" })).toBe(
      "547d98c4b91e81b5ea55c95cef63223f",
    );
    expect(signedQuery(KEY, PATH, { expiresAt: 1517400000, rlimit: 3, us: "72d4cd1101" })).toBe(
      "t=5a71afc0&rlimit=3&us=72d4cd1101&sign=c5214f0d5961b13acd558b4957c4dfc5",
    );
  });

  it("accepts a documented URL until 300 s after its expiry, and for every file of its directory", () => {
    const signed = query("t=5a71afc0&exper=300&us=72d4cd1101&sign=547d98c4b91e81b5ea55c95cef63223f");
    expect(verifyHotlink(KEY, PATH, signed, 1517400000 + 300)).toMatchObject({ ok: true, exper: 300 });
    expect(verifyHotlink(KEY, "/dir1/dir2/segment-7.m4s", signed, 1517400000)).toMatchObject({ ok: true });
    expect(verifyHotlink(KEY, PATH, signed, 1517400000 + 301)).toEqual({ ok: false, reason: "the URL has expired" });
  });

  it("refuses what the CDN refuses", () => {
    const now = 1517400000;
    const ok = "t=5a71afc0&us=72d4cd1101&sign=3d8488faeb37d52d6bf63b63c1b171c3";
    expect(verifyHotlink(KEY, PATH, query(""), now).ok).toBe(false);
    expect(verifyHotlink("anotherKey123", PATH, query(ok), now)).toEqual({
      ok: false,
      reason: "the signature does not match",
    });
    expect(verifyHotlink(KEY, "/dir1/other/myVideo.mp4", query(ok), now).ok).toBe(false);
    expect(verifyHotlink(KEY, PATH, query(ok.replace("us=72d4cd1101", "us=72d4cd1102")), now).ok).toBe(false);
    expect(verifyHotlink(KEY, PATH, query(ok.replace("t=5a71afc0", "t=5A71AFC0")), now).ok).toBe(false);
    expect(verifyHotlink(KEY, PATH, query(`${ok}&rlimit=10`), now).ok).toBe(false);
  });
});
