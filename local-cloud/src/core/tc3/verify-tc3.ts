import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { commonErrors } from "../api-error";
import { authErrors } from "./tc3-errors";

/** Tencent's policy for the gap between `X-TC-Timestamp` and the server clock (reference §1.4 step 7). */
export const TC3_MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const ALGORITHM = "TC3-HMAC-SHA256";
const AUTHORIZATION_PATTERN =
  /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;

export interface Tc3Request {
  method: string;
  /** The request target as received: path plus optional `?query`. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body bytes exactly as received: the signature covers them, not a re-serialization. */
  body: Buffer;
}

export interface Tc3Identity {
  secretId: string;
  /** Whatever the caller's SDK put in the credential scope (`127` for `127.0.0.1:port`, reference §1.2). */
  service: string;
}

const sha256Hex = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data, "utf8").digest();

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The SDK signs `new URL(url).hostname` but sends `Host: host:port`, so the port must go (reference §1.4). */
function signedHostname(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    throw authErrors.signatureFailure(`the Host header \`${host}\` is not a valid host`);
  }
}

function canonicalHeaders(headers: IncomingHttpHeaders, signedHeaders: string[]): string {
  return signedHeaders
    .map((name) => {
      const raw = headerValue(headers, name);
      if (raw === undefined) throw authErrors.signatureFailure(`the signed header \`${name}\` is missing`);
      return `${name}:${name === "host" ? signedHostname(raw.trim()) : raw.trim()}\n`;
    })
    .join("");
}

function splitTarget(url: string): { path: string; query: string } {
  const queryStart = url.indexOf("?");
  return queryStart === -1
    ? { path: url, query: "" }
    : { path: url.slice(0, queryStart), query: url.slice(queryStart + 1) };
}

function readTimestamp(headers: IncomingHttpHeaders): number {
  const raw = headerValue(headers, "x-tc-timestamp");
  if (raw === undefined) throw commonErrors.missingParameter("X-TC-Timestamp");
  if (!/^\d{1,12}$/.test(raw.trim())) {
    throw commonErrors.invalidParameter("`X-TC-Timestamp` must be an integer Unix time in seconds.");
  }
  return Number(raw.trim());
}

/** The signing key derivation of TC3 (reference §1.4 step 5): date, then service, then "tc3_request". */
export function deriveTc3SigningKey(secretKey: string, date: string, service: string): Buffer {
  return hmac(hmac(hmac(`TC3${secretKey}`, date), service), "tc3_request");
}

/**
 * Verifies a TC3-HMAC-SHA256 signed request server-side, following reference §1.4: any service
 * name in the scope, port stripped from Host, raw body hashed, 5-minute clock window.
 * Returns who signed it, or throws the `AuthFailure.*` error Tencent would answer.
 */
export function verifyTc3(
  request: Tc3Request,
  lookupSecretKey: (secretId: string) => string | undefined,
  nowMs: number = Date.now(),
): Tc3Identity {
  const authorization = headerValue(request.headers, "authorization");
  if (!authorization) throw authErrors.invalidAuthorization("the header is missing");
  const match = AUTHORIZATION_PATTERN.exec(authorization.trim());
  if (!match)
    throw authErrors.invalidAuthorization(`expected \`${ALGORITHM} Credential=..., SignedHeaders=..., Signature=...\``);
  const [, secretId = "", date = "", service = "", signedHeadersList = "", signature = ""] = match;

  const timestamp = readTimestamp(request.headers);
  const nowSeconds = Math.floor(nowMs / 1000);
  if (Math.abs(nowSeconds - timestamp) > TC3_MAX_CLOCK_SKEW_SECONDS)
    throw authErrors.signatureExpire(timestamp, nowSeconds);
  const timestampDate = new Date(timestamp * 1000).toISOString().slice(0, 10);
  if (timestampDate !== date) {
    throw authErrors.signatureFailure(
      `the credential scope date ${date} is not the UTC date of X-TC-Timestamp (${timestampDate})`,
    );
  }

  const secretKey = lookupSecretKey(secretId);
  if (secretKey === undefined) throw authErrors.secretIdNotFound(secretId);
  if (headerValue(request.headers, "x-tc-token")) throw authErrors.tokenFailure();

  const signedHeaders = signedHeadersList.split(";");
  if (!signedHeaders.includes("host")) throw authErrors.signatureFailure("SignedHeaders must include `host`");
  const { path, query } = splitTarget(request.url);
  const canonicalRequest = [
    request.method.toUpperCase(),
    path,
    query,
    canonicalHeaders(request.headers, signedHeaders),
    signedHeadersList,
    sha256Hex(request.body),
  ].join("\n");
  const stringToSign = [
    ALGORITHM,
    String(timestamp),
    `${date}/${service}/tc3_request`,
    sha256Hex(canonicalRequest),
  ].join("\n");
  const expected = createHmac("sha256", deriveTc3SigningKey(secretKey, date, service))
    .update(stringToSign, "utf8")
    .digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
    throw authErrors.signatureFailure(
      "check the SecretKey, and that the body and headers were not changed after signing",
    );
  }
  return { secretId, service };
}
