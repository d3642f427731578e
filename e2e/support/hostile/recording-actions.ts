import { CLOUD_APP, LEGACY_APP } from "../local-account";
import { edges, invalid, UNREGISTERED_APP, type ActionUnderTest } from "./cases";
import type { TableContext } from "./action-table";
import { recordingSettings } from "./valid-inputs";

/** The recordings' and the recording settings' actions: VOD files, CSS templates, TRTC callback keys. */
export function recordingActions({ legacyFileId }: TableContext): ActionUnderTest[] {
  const retention = { fileId: legacyFileId, subAppId: null, keepDays: 30 };
  const deletion = { fileIds: [legacyFileId], subAppId: null };
  return [
    {
      file: "lib/actions/recordings/modify-retention.ts",
      exportName: "modifyRetention",
      role: "operator",
      valid: retention,
      cases: [
        ...edges(retention, "keepDays", { "-1": -1, "1501": 1501, "2.5": 2.5 }),
        ...edges(retention, "fileId", { letters: "abc", "41 digits": "1".repeat(41), empty: "" }),
        ...edges(retention, "subAppId", { "0": 0, "-1": -1 }),
        { name: "another app's FileId", input: retention, codes: ["WRONG_APPLICATION"], selectedApp: CLOUD_APP },
        { name: "a FileId VOD does not have", input: { ...retention, fileId: "1" }, codes: ["NOT_FOUND"] },
      ],
    },
    {
      file: "lib/actions/recordings/delete-recordings.ts",
      exportName: "deleteRecordings",
      role: "operator",
      valid: deletion,
      cases: [
        ...edges(deletion, "fileIds", { none: [], "51": Array.from({ length: 51 }, (_, index) => String(index + 1)) }),
        invalid("fileIds: 41 digits", "fileIds.0", { ...deletion, fileIds: ["1".repeat(41)] }),
        ...edges(deletion, "subAppId", { "0": 0 }),
        { name: "another app's FileId", input: deletion, codes: ["WRONG_APPLICATION"], selectedApp: CLOUD_APP },
        {
          name: "another app's FileId and one VOD does not have",
          input: { ...deletion, fileIds: [legacyFileId, "1"] },
          codes: ["WRONG_APPLICATION"],
          selectedApp: CLOUD_APP,
        },
      ],
    },
    {
      file: "lib/actions/settings/save-recording-settings.ts",
      exportName: "saveRecordingSettings",
      role: "operator",
      valid: recordingSettings,
      cases: [
        ...edges(recordingSettings, "maxFileMinutes", { "0": 0, "121": 121, "1.5": 1.5 }),
        ...edges(recordingSettings, "retentionDays", { "-1": -1, "1501": 1501 }),
        ...edges(recordingSettings, "resumeSeconds", { "-1": -1, "1801": 1801 }),
        ...edges(recordingSettings, "callbackKey", { "33 characters": "k".repeat(33), "not alphanumeric": "key-1" }),
        ...edges(recordingSettings, "callbackUrl", { ftp: "ftp://example.com/cb", script: "javascript:alert(1)" }),
        ...edges(recordingSettings, "vodSubAppId", { "0": 0, "-1": -1 }),
        ...edges(recordingSettings, "formats", { "an unknown format": ["mkv"], "twice the same": ["mp4", "mp4"] }),
        ...edges(recordingSettings, "mode", { unknown: "both" }),
        // A URL without a key is allowed (Tencent's key is optional; the form warns): a key
        // without a URL is refused, since no callback would ever be sent.
        invalid("a callback key without a URL", "callbackUrl", {
          ...recordingSettings,
          callbackKey: "abc123",
        }),
      ],
    },
    {
      file: "lib/actions/settings/adopt-cloud-settings.ts",
      exportName: "adoptCloudSettings",
      role: "operator",
      valid: {},
      cases: [],
    },
    {
      file: "lib/actions/settings/create-sub-application.ts",
      exportName: "createSubApplication",
      role: "operator",
      valid: { name: "hostile" },
      cases: edges({ name: "hostile" }, "name", { "41 characters": "n".repeat(41), blank: "   " }),
    },
    ...(["generateTrtcCallbackKey", "rotateTrtcCallbackKey"] as const).map((exportName): ActionUnderTest => ({
      file: `lib/actions/settings/${exportName === "generateTrtcCallbackKey" ? "generate" : "rotate"}-trtc-callback-key.ts`,
      exportName,
      role: "admin",
      valid: { sdkAppId: LEGACY_APP },
      cases: [
        ...edges({ sdkAppId: LEGACY_APP }, "sdkAppId", { "0": 0, "-1": -1, "1.5": 1.5, "as text": String(LEGACY_APP) }),
        { name: "sdkAppId: 2^32", input: { sdkAppId: 4_294_967_296 }, codes: ["VALIDATION"] },
        { name: "an app this console does not have", input: { sdkAppId: UNREGISTERED_APP }, codes: ["NOT_FOUND"] },
      ],
    })),
  ];
}
