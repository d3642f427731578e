import Sign from "tencentcloud-sdk-nodejs/tencentcloud/common/sign";
import { describe, expect, it } from "vitest";
import { ApiError } from "../api-error";
import { verifyTc3, type Tc3Request } from "./verify-tc3";

/** The request captured from the real SDK in reference §1.7. */
const CAPTURED = {
  secretId: "AKIDEXAMPLEsecretid0000000000000000",
  secretKey: "exampleSecretKey0000000000000000",
  timestamp: 1795482607,
  body:
    '{"SdkAppId":1400000001,"RoomId":"8888","RoomIdType":1,"UserId":"recorder_8888","UserSig":"sig",' +
    '"RecordParams":{"RecordMode":2,"MaxIdleTime":30,"StreamType":0,"OutputFormat":3},' +
    '"StorageParams":{"CloudVod":{"TencentVod":{"SubAppId":1500000001,"ExpireTime":86400,"MediaType":0,"UserDefineRecordId":"room8888"}}},' +
    '"MixLayoutParams":{"MixLayoutMode":3},"MixTranscodeParams":{"VideoParams":{"Width":1280,"Height":720,"Fps":15,"BitRate":1200000,"Gop":10}}}',
  signature: "7d508f75d1e6e2f9d362bbb23907d6035a80ea1b08a630e0c3f878ab25f1de25",
};

function capturedRequest(overrides: Partial<Tc3Request> = {}): Tc3Request {
  return {
    method: "POST",
    url: "/",
    headers: {
      host: "127.0.0.1:44349",
      "x-tc-action": "CreateCloudRecording",
      "x-tc-timestamp": String(CAPTURED.timestamp),
      "x-tc-version": "2019-07-22",
      "content-type": "application/json",
      authorization: `TC3-HMAC-SHA256 Credential=${CAPTURED.secretId}/2026-11-24/127/tc3_request, SignedHeaders=content-type;host, Signature=${CAPTURED.signature}`,
    },
    body: Buffer.from(CAPTURED.body),
    ...overrides,
  };
}

const lookup = (secretId: string) => (secretId === CAPTURED.secretId ? CAPTURED.secretKey : undefined);
const capturedNow = CAPTURED.timestamp * 1000;

function errorCodeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
  throw new Error("expected an ApiError");
}

/** Signed by the SDK's own signer (it returns the whole Authorization value) for an endpoint and time of our choosing. */
function sdkSignedRequest(options: { endpoint: string; timestamp: number; body: string }): Tc3Request {
  const service = options.endpoint.split(".")[0] ?? "";
  const authorization = Sign.sign3({
    method: "POST",
    url: `http://${options.endpoint}/`,
    payload: Buffer.from(options.body),
    timestamp: options.timestamp,
    service,
    secretId: CAPTURED.secretId,
    secretKey: CAPTURED.secretKey,
    multipart: false,
    boundary: "",
    headers: { "Content-Type": "application/json" },
  });
  return {
    method: "POST",
    url: "/",
    headers: {
      host: options.endpoint,
      "x-tc-timestamp": String(options.timestamp),
      "content-type": "application/json",
      authorization,
    },
    body: Buffer.from(options.body),
  };
}

describe("verifyTc3", () => {
  it("accepts the request captured from the real SDK (reference §1.7)", () => {
    expect(verifyTc3(capturedRequest(), lookup, capturedNow)).toEqual({ secretId: CAPTURED.secretId, service: "127" });
  });

  it("accepts signatures made by the SDK's signer, whatever the service name in the scope", () => {
    const now = Date.UTC(2030, 0, 2, 3, 4, 5);
    const timestamp = Math.floor(now / 1000);
    for (const endpoint of ["127.0.0.1:4566", "localhost:4566", "trtc.tencentcloudapi.com"]) {
      const request = sdkSignedRequest({ endpoint, timestamp, body: '{"SdkAppId":1400000123}' });
      expect(verifyTc3(request, lookup, now).service).toBe(endpoint.split(".")[0]);
    }
  });

  it("ignores the port in the Host header, which the SDK does not sign", () => {
    const request = capturedRequest();
    request.headers.host = "127.0.0.1:1";
    expect(() => verifyTc3(request, lookup, capturedNow)).not.toThrow();
  });

  it("hashes the raw body: a re-serialized or changed body fails", () => {
    const pretty = JSON.stringify(JSON.parse(CAPTURED.body), null, 2);
    expect(errorCodeOf(() => verifyTc3(capturedRequest({ body: Buffer.from(pretty) }), lookup, capturedNow))).toBe(
      "AuthFailure.SignatureFailure",
    );
  });

  it("rejects a wrong secret key with SignatureFailure", () => {
    const wrongKey = () => "anotherSecretKey";
    expect(errorCodeOf(() => verifyTc3(capturedRequest(), wrongKey, capturedNow))).toBe("AuthFailure.SignatureFailure");
  });

  it("rejects an unknown SecretId with SecretIdNotFound", () => {
    expect(errorCodeOf(() => verifyTc3(capturedRequest(), () => undefined, capturedNow))).toBe(
      "AuthFailure.SecretIdNotFound",
    );
  });

  it("rejects timestamps more than 5 minutes away with SignatureExpire, in both directions", () => {
    expect(() => verifyTc3(capturedRequest(), lookup, capturedNow + 300_000)).not.toThrow();
    expect(errorCodeOf(() => verifyTc3(capturedRequest(), lookup, capturedNow + 301_000))).toBe(
      "AuthFailure.SignatureExpire",
    );
    expect(errorCodeOf(() => verifyTc3(capturedRequest(), lookup, capturedNow - 301_000))).toBe(
      "AuthFailure.SignatureExpire",
    );
  });

  it("rejects a scope date that is not the timestamp's UTC date", () => {
    const request = capturedRequest();
    request.headers.authorization = String(request.headers.authorization).replace("2026-11-24", "2026-11-25");
    expect(errorCodeOf(() => verifyTc3(request, lookup, capturedNow))).toBe("AuthFailure.SignatureFailure");
  });

  it("rejects a missing or malformed Authorization header", () => {
    const missing = capturedRequest();
    delete missing.headers.authorization;
    expect(errorCodeOf(() => verifyTc3(missing, lookup, capturedNow))).toBe("AuthFailure.InvalidAuthorization");
    const legacy = capturedRequest();
    legacy.headers.authorization = "HmacSHA256 whatever";
    expect(errorCodeOf(() => verifyTc3(legacy, lookup, capturedNow))).toBe("AuthFailure.InvalidAuthorization");
  });

  it("asks for X-TC-Timestamp when it is missing", () => {
    const request = capturedRequest();
    delete request.headers["x-tc-timestamp"];
    expect(errorCodeOf(() => verifyTc3(request, lookup, capturedNow))).toBe("MissingParameter");
  });

  it("rejects temporary credentials, which the local cloud does not issue", () => {
    const request = capturedRequest();
    request.headers["x-tc-token"] = "tmp-token";
    expect(errorCodeOf(() => verifyTc3(request, lookup, capturedNow))).toBe("AuthFailure.TokenFailure");
  });
});
