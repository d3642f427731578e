import { describe, expect, it } from "vitest";
import { signInThrottledCode, throttledMessage, throttledRetryAfterSeconds } from "./sign-in-error";

describe("the sign-in throttle's answer", () => {
  it("carries the wait from the server to the form", () => {
    expect(throttledRetryAfterSeconds(signInThrottledCode(899.2))).toBe(900);
    expect(throttledRetryAfterSeconds("CredentialsSignin")).toBeNull();
    expect(throttledRetryAfterSeconds("THROTTLED:soon")).toBeNull();
    expect(throttledRetryAfterSeconds(undefined)).toBeNull();
  });

  it("says how many minutes to wait, rounded up", () => {
    expect(throttledMessage(900)).toBe("Too many failed sign-ins: try again in 15 minutes.");
    expect(throttledMessage(61)).toBe("Too many failed sign-ins: try again in 2 minutes.");
    expect(throttledMessage(5)).toBe("Too many failed sign-ins: try again in 1 minute.");
  });
});
