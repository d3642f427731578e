import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { signInThrottledCode, throttledMessage, throttledRetryAfterSeconds } from "./sign-in-error";

describe("the sign-in throttle's answer", () => {
  it("carries the wait from the server to the form", () => {
    expect(throttledRetryAfterSeconds(signInThrottledCode(899.2))).toBe(900);
    expect(throttledRetryAfterSeconds("CredentialsSignin")).toBeNull();
    expect(throttledRetryAfterSeconds("THROTTLED:soon")).toBeNull();
    expect(throttledRetryAfterSeconds(undefined)).toBeNull();
  });

  it("says how many minutes to wait, rounded up", () => {
    expect(messageText(throttledMessage(900), "zh-CN")).toBe("登录失败次数过多：请 15 分钟后再试。");
    expect(messageText(throttledMessage(900))).toBe("Too many failed sign-ins: try again in 15 minutes.");
    expect(messageText(throttledMessage(61))).toBe("Too many failed sign-ins: try again in 2 minutes.");
    expect(messageText(throttledMessage(5))).toBe("Too many failed sign-ins: try again in 1 minute.");
  });
});
