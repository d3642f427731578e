import { createHmac } from "node:crypto";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { generateUserSig } from "./user-sig";

function decode(userSig: string): Record<string, unknown> {
  const base64 = userSig.replace(/\*/g, "+").replace(/-/g, "/").replace(/_/g, "=");
  return JSON.parse(inflateSync(Buffer.from(base64, "base64")).toString("utf8")) as Record<string, unknown>;
}

describe("generateUserSig", () => {
  it("produces a TLSSigAPIv2 document whose HMAC verifies with the SDK secret key", () => {
    const sig = generateUserSig({
      sdkAppId: 1400000123,
      sdkSecretKey: "key",
      userId: "alice",
      nowSeconds: 1_700_000_000,
      expireSeconds: 600,
    });
    expect(sig).toMatch(/^[A-Za-z0-9*\-_]+$/);
    const document = decode(sig);
    expect(document).toMatchObject({
      "TLS.ver": "2.0",
      "TLS.identifier": "alice",
      "TLS.sdkappid": 1400000123,
      "TLS.expire": 600,
      "TLS.time": 1_700_000_000,
    });
    const content = "TLS.identifier:alice\nTLS.sdkappid:1400000123\nTLS.time:1700000000\nTLS.expire:600\n";
    expect(document["TLS.sig"]).toBe(createHmac("sha256", "key").update(content).digest("base64"));
  });

  it("differs for another key", () => {
    const base = { sdkAppId: 1, userId: "u", nowSeconds: 1, expireSeconds: 1 };
    expect(generateUserSig({ ...base, sdkSecretKey: "a" })).not.toBe(generateUserSig({ ...base, sdkSecretKey: "b" }));
  });
});
