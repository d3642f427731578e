import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ApplicationKey } from "./check-delivery";
import { payloadVerdict, preparePayload, type PastedPayload } from "./payload-verdict";
import { TEST_APP, TEST_KEY, TEST_NOW, TEST_NOW_MS, cssEvent, cssSign, trtcEvent } from "./testing/deliveries";

const known = { known: true, key: TEST_KEY };

function judge(
  pasted: Partial<PastedPayload> & Pick<PastedPayload, "body">,
  application: ApplicationKey = known,
  nowMs = TEST_NOW_MS,
) {
  const prepared = preparePayload({ family: "css", signHeader: null, sdkAppIdHeader: null, ...pasted });
  if (!prepared.ok) throw new Error(prepared.problem);
  return payloadVerdict(prepared, application, nowMs);
}

describe("the verification tool's verdict", () => {
  it("verifies a CSS payload signed with the current key before its t", () => {
    expect(judge({ body: JSON.stringify(cssEvent()) })).toEqual({
      valid: true,
      problem: null,
      reason: null,
      sdkAppId: TEST_APP,
      eventType: 100,
    });
  });

  it("fails on the key: signed with another one", () => {
    const t = TEST_NOW + 600;
    const verdict = judge({ body: JSON.stringify(cssEvent({ t, sign: cssSign(t, "SomeOtherKey") })) });
    expect(verdict).toMatchObject({ valid: false, sdkAppId: TEST_APP });
    expect(verdict.problem).toBe("`sign` is not md5(callback key + t): the key differs or the body was altered.");
  });

  it("fails on expiry: the right key, but t has passed", () => {
    const t = TEST_NOW - 30;
    const verdict = judge({ body: JSON.stringify(cssEvent({ t, sign: cssSign(t) })) });
    expect(verdict.valid).toBe(false);
    expect(verdict.problem).toBe(`\`t\` (${t}) has passed: the signature expired 30 s ago.`);
  });

  it("says when the console has no key, or does not manage the app", () => {
    expect(judge({ body: JSON.stringify(cssEvent()) }, { known: true, key: null }).problem).toContain(
      "No callback key is set",
    );
    expect(judge({ body: JSON.stringify(cssEvent()) }, { known: false, key: null }).problem).toBe(
      `SdkAppId ${TEST_APP} is not an application of this console.`,
    );
  });

  it("checks TRTC payloads over the exact pasted bytes with the Sign header", () => {
    const body = trtcEvent();
    const sign = createHmac("sha256", TEST_KEY).update(body).digest("base64");
    const pasted = { family: "trtc" as const, body, signHeader: sign, sdkAppIdHeader: String(TEST_APP) };
    expect(judge(pasted)).toMatchObject({ valid: true, eventType: 311, sdkAppId: TEST_APP });
    expect(judge({ ...pasted, body: JSON.stringify(JSON.parse(body), null, 2) }).problem).toContain(
      "the key differs or the body was altered",
    );
    expect(judge({ ...pasted, signHeader: null }).problem).toBe("The request has no `Sign` header.");
  });

  it("says when a TRTC payload is too old to be accepted now, though its signature holds", () => {
    const body = trtcEvent({ CallbackTs: TEST_NOW_MS - 11 * 60_000 });
    const sign = createHmac("sha256", TEST_KEY).update(body).digest("base64");
    const verdict = judge({ family: "trtc", body, signHeader: sign, sdkAppIdHeader: String(TEST_APP) });
    expect(verdict.valid).toBe(false);
    expect(verdict.problem).toContain("11 min ago: deliveries older than 10 minutes are refused");
  });

  it("refuses what is not a JSON object, or nests too deep, before judging", () => {
    for (const body of ["{oops", "[1]", `{"a":${"[".repeat(50)}${"]".repeat(50)}}`]) {
      const prepared = preparePayload({ family: "css", body, signHeader: null, sdkAppIdHeader: null });
      expect(prepared.ok).toBe(false);
    }
  });
});
