import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyCssSignature } from "./verify-css-signature";
import { verifyTrtcSignature } from "./verify-trtc-signature";

const NOW = 1_760_000_000;

describe("verifyCssSignature", () => {
  // md5("abc123" + "1760000600"), computed independently with `printf abc1231760000600 | md5sum`.
  const sign = "9def3b057f20341265b977af7272cc31";

  it("accepts md5(key + t) before t", () => {
    expect(verifyCssSignature({ t: NOW + 600, sign }, "abc123", NOW)).toEqual({ valid: true });
    expect(verifyCssSignature({ t: String(NOW + 600), sign: sign.toUpperCase() }, "abc123", NOW)).toEqual({
      valid: true,
    });
  });

  it("refuses another key, an altered t, an expired t, and missing fields, saying why", () => {
    expect(verifyCssSignature({ t: NOW + 600, sign }, "other", NOW)).toMatchObject({
      valid: false,
      problem: expect.stringContaining("md5") as unknown,
    });
    expect(verifyCssSignature({ t: NOW + 601, sign }, "abc123", NOW)).toMatchObject({ valid: false });
    expect(verifyCssSignature({ t: NOW + 600, sign }, "abc123", NOW + 600)).toMatchObject({
      valid: false,
      problem: expect.stringContaining("expired") as unknown,
    });
    expect(verifyCssSignature({ t: NOW + 600 }, "abc123", NOW)).toMatchObject({
      valid: false,
      problem: expect.stringContaining("sign") as unknown,
    });
    expect(verifyCssSignature({ sign }, "abc123", NOW)).toMatchObject({
      valid: false,
      problem: expect.stringContaining("`t`") as unknown,
    });
    expect(verifyCssSignature({ t: NOW + 600, sign }, null, NOW)).toMatchObject({
      valid: false,
      problem: expect.stringContaining("No callback key") as unknown,
    });
  });
});

describe("verifyTrtcSignature", () => {
  // The doc's own test vector (cloud.tencent.com 647/90450, trtc.io 54912): key 123654, event 204, tab-indented.
  const body = Buffer.from(
    '{\n\t"EventGroupId":\t2,\n\t"EventType":\t204,\n\t"CallbackTs":\t1664209748188,\n\t"EventInfo":\t{\n\t\t"RoomId":\t8489,\n\t\t"EventTs":\t1664209748,\n\t\t"EventMsTs":\t1664209748180,\n\t\t"UserId":\t"user_85034614",\n\t\t"Reason":\t0\n\t}\n}',
  );
  const sign = "kkoFeO3Oh2ZHnjtg8tEAQhtXK16/KI05W3BQff8IvGA=";

  it("accepts base64(HMAC-SHA256(key, exact body)): the documented signature of the documented body", () => {
    expect(createHmac("sha256", "123654").update(body).digest("base64")).toBe(sign);
    expect(verifyTrtcSignature(body, sign, { current: "123654" })).toEqual({ valid: true });
  });

  it("accepts the previous key while it is offered, and only then", () => {
    expect(verifyTrtcSignature(body, sign, { current: "NewKey1", previous: "123654" })).toEqual({ valid: true });
    expect(verifyTrtcSignature(body, sign, { current: "NewKey1", previous: null })).toMatchObject({ valid: false });
  });

  it("refuses a re-serialised body, another key, or no header", () => {
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(body.toString())));
    expect(verifyTrtcSignature(reformatted, sign, { current: "123654" })).toMatchObject({ valid: false });
    expect(verifyTrtcSignature(body, sign, { current: "654321" })).toMatchObject({ valid: false });
    expect(verifyTrtcSignature(body, null, { current: "123654" })).toMatchObject({
      valid: false,
      problem: expect.stringContaining("Sign") as unknown,
    });
    expect(verifyTrtcSignature(body, "not base64 at all", { current: "123654" })).toMatchObject({ valid: false });
    expect(verifyTrtcSignature(body, sign, { current: null })).toMatchObject({
      valid: false,
      problem: expect.stringContaining("No TRTC callback key") as unknown,
    });
  });
});
