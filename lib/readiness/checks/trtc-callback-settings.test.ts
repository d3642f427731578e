import { describe, expect, it } from "vitest";
import { inEnglish } from "../testing/outcomes";
import { interpretTrtcCallbackSettings as interpretTrtcCallbackSettingsMessages } from "./trtc-callback-settings";

// The checks make messages (lib/i18n/message.ts): the tests read them in English words.
const interpretTrtcCallbackSettings = inEnglish(interpretTrtcCallbackSettingsMessages);

const stored = (hasTrtcCallbackKey: boolean) => ({ pushDomain: null, defaultVodSubAppId: null, hasTrtcCallbackKey });
const PUBLIC = { origin: "https://console.example.com", source: "NEXTAUTH_URL" };

describe("interpretTrtcCallbackSettings", () => {
  it("gives a cloud-recording app's three callback URLs and the key's place", () => {
    expect(
      interpretTrtcCallbackSettings({ sdkAppId: 1400000456, generation: "cloud", stored: stored(true) }, PUBLIC),
    ).toEqual({
      id: "trtc-callback-settings",
      status: "ok",
      title: "What TRTC's console must be given for app 1400000456",
      detail:
        "In TRTC's console, Application management → app 1400000456 → Callback configuration: room callback (房间回调) and media callback (媒体回调): https://console.example.com/api/callbacks/trtc; recording callback (录制回调): https://console.example.com/api/callbacks/trtc; the callback key: the one under Settings → TRTC callbacks. Changes there take effect after about 5 minutes.",
      fixUrl: "https://console.cloud.tencent.com/trtc/app",
    });
  });

  it("gives a legacy app no recording callback", () => {
    const line = interpretTrtcCallbackSettings(
      { sdkAppId: 1400000123, generation: "legacy", stored: stored(true) },
      PUBLIC,
    );
    expect(line.detail).toContain("no recording callback (legacy apps get CSS's callbacks instead)");
  });

  it("warns while the app has no TRTC callback key", () => {
    const line = interpretTrtcCallbackSettings(
      { sdkAppId: 1400000123, generation: "legacy", stored: stored(false) },
      PUBLIC,
    );
    expect(line.status).toBe("warning");
    expect(line.detail).toContain("none is set yet — generate one under Settings → TRTC callbacks");
  });
});
