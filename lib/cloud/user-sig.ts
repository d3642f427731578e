import "server-only";
import { createHmac } from "node:crypto";
import { deflateSync } from "node:zlib";

const DEFAULT_EXPIRE_SECONDS = 7 * 24 * 3600;

/** TLSSigAPIv2's base64 variant: `+`→`*`, `/`→`-`, `=`→`_`, so the sig survives URLs. */
function base64UrlTls(buffer: Buffer): string {
  return buffer.toString("base64").replace(/\+/g, "*").replace(/\//g, "-").replace(/=/g, "_");
}

/**
 * Signs a TRTC UserSig (TLSSigAPIv2) for a bot the console starts in a room (stream ingest,
 * recorder). The SDK secret key never leaves the server.
 */
export function generateUserSig(input: {
  sdkAppId: number;
  sdkSecretKey: string;
  userId: string;
  expireSeconds?: number;
  nowSeconds?: number;
}): string {
  const time = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  const expire = input.expireSeconds ?? DEFAULT_EXPIRE_SECONDS;
  const content =
    `TLS.identifier:${input.userId}\n` +
    `TLS.sdkappid:${input.sdkAppId}\n` +
    `TLS.time:${time}\n` +
    `TLS.expire:${expire}\n`;
  const sig = createHmac("sha256", input.sdkSecretKey).update(content).digest("base64");
  const document = {
    "TLS.ver": "2.0",
    "TLS.identifier": input.userId,
    "TLS.sdkappid": input.sdkAppId,
    "TLS.expire": expire,
    "TLS.time": time,
    "TLS.sig": sig,
  };
  return base64UrlTls(deflateSync(Buffer.from(JSON.stringify(document))));
}
