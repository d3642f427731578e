import { E2E } from "../../config";
import { CLOUD_APP, LEGACY_APP } from "../local-account";
import { edges, invalid, NO_SUCH_ID, UNREGISTERED_APP, HUGE_TEXT, type ActionUnderTest } from "./cases";
import type { TableContext } from "./action-table";
import { DEFAULT_QUALITY_THRESHOLDS } from "../../../lib/health/quality/thresholds";
import { application, applicationEdit, inboxRetention, newUser, payload, price, sdkAppIdEdges } from "./valid-inputs";

const qualityThresholds = { ...DEFAULT_QUALITY_THRESHOLDS };

/** The console's own: applications, the price book, the callback inbox, users and passwords. */
export function consoleActions({ userIds }: TableContext): ActionUnderTest[] {
  const ownPassword = {
    currentPassword: E2E.viewer.password,
    newPassword: "hostile-new-password",
    confirmPassword: "hostile-new-password",
  };
  return [
    {
      file: "lib/actions/applications/create-application.ts",
      exportName: "createApplication",
      role: "admin",
      valid: application,
      cases: [
        ...edges(application, "sdkAppId", sdkAppIdEdges),
        ...edges(application, "name", { "101 characters": "n".repeat(101), blank: "  " }),
        ...edges(application, "generation", { unknown: "new" }),
        ...edges(application, "pushDomain", {
          "no domain": "not a domain",
          "an URL": "rtmp://12345.livepush.myqcloud.com",
        }),
        ...edges(application, "sdkSecretKey", { "15 characters": "k".repeat(15), "129 characters": "k".repeat(129) }),
        ...edges(application, "defaultVodSubAppId", { "0": 0, "-1": -1 }),
        { name: "an app registered already", input: { ...application, sdkAppId: LEGACY_APP }, codes: ["CONFLICT"] },
      ],
    },
    {
      file: "lib/actions/applications/update-application.ts",
      exportName: "updateApplication",
      role: "admin",
      valid: applicationEdit,
      cases: [
        ...edges(applicationEdit, "sdkAppId", sdkAppIdEdges),
        ...edges(applicationEdit, "mediaHotlinkKey", {
          "7 characters": "k".repeat(7),
          "21 characters": "k".repeat(21),
        }),
        ...edges(applicationEdit, "mediaDomainHttps", { "the text yes": "yes" }),
        {
          name: "an app this console does not have",
          input: { ...applicationEdit, sdkAppId: UNREGISTERED_APP },
          codes: ["NOT_FOUND"],
        },
      ],
    },
    {
      file: "lib/actions/applications/select-application.ts",
      exportName: "selectApplication",
      role: "viewer",
      valid: { sdkAppId: CLOUD_APP },
      cases: [
        ...edges({ sdkAppId: CLOUD_APP }, "sdkAppId", sdkAppIdEdges),
        { name: "an app this console does not have", input: { sdkAppId: UNREGISTERED_APP }, codes: ["NOT_FOUND"] },
      ],
    },
    {
      file: "lib/actions/costs/update-price.ts",
      exportName: "updatePrice",
      role: "admin",
      valid: price,
      cases: [
        ...edges(price, "amount", { "-0.01": -0.01, "1,000,000.01": 1_000_000.01 }),
        ...edges(price, "key", { unknown: "nope" }),
        ...edges(price, "currency", { EUR: "EUR" }),
        ...edges(price, "source", { "2 characters": "ab", "301 characters": "s".repeat(301) }),
        ...edges(price, "asOf", { "month 13": "2025-13-01", "a word": "yesterday" }),
      ],
    },
    {
      file: "lib/actions/costs/update-price.ts",
      exportName: "resetPrice",
      role: "admin",
      valid: { key: price.key, currency: price.currency },
      cases: [
        ...edges({ key: price.key, currency: price.currency }, "key", { unknown: "nope" }),
        ...edges({ key: price.key, currency: price.currency }, "currency", { EUR: "EUR" }),
      ],
    },
    {
      file: "lib/actions/health-reconcile/reconcile-now.ts",
      exportName: "reconcileNow",
      role: "operator",
      valid: {},
      cases: [],
    },
    {
      file: "lib/actions/health-reconcile/repair-finding.ts",
      exportName: "repairFinding",
      role: "operator",
      valid: { findingId: 1 },
      cases: [
        ...edges({ findingId: 1 }, "findingId", { "0": 0, "-1": -1, "1.5": 1.5 }),
        { name: "a finding that does not exist", input: { findingId: 2_000_000_000 }, codes: ["NOT_FOUND"] },
      ],
    },
    {
      file: "lib/actions/health-quality/save-quality-thresholds.ts",
      exportName: "saveQualityThresholds",
      role: "admin",
      valid: qualityThresholds,
      cases: [
        ...edges(qualityThresholds, "silenceNoiseDb", { "-121": -121, "1": 1, "a word": "loud" }),
        ...edges(qualityThresholds, "freezeMinSec", { "-1": -1, "86401": 86_401, blank: "" }),
      ],
    },
    {
      file: "lib/actions/health-quality/save-quality-thresholds.ts",
      exportName: "resetQualityThresholds",
      role: "admin",
      valid: {},
      cases: [],
    },
    {
      file: "lib/actions/health-quality/check-again.ts",
      exportName: "checkAgain",
      role: "operator",
      valid: { fileId: "1" },
      cases: [
        ...edges({ fileId: "1" }, "fileId", { "not digits": "abc", "41 digits": "1".repeat(41) }),
        { name: "a file the console never registered", input: { fileId: "1" }, codes: ["NOT_FOUND"] },
      ],
    },
    {
      file: "lib/actions/health-joins/join-session.ts",
      exportName: "joinSession",
      role: "operator",
      valid: { fileId: "1" },
      cases: [
        ...edges({ fileId: "1" }, "fileId", { "not digits": "abc", "41 digits": "1".repeat(41) }),
        { name: "a file that is no piece of a split session", input: { fileId: "1" }, codes: ["NOT_FOUND"] },
      ],
    },
    {
      file: "lib/actions/health-joins/set-auto-join.ts",
      exportName: "setAutoJoin",
      role: "operator",
      valid: { enabled: false },
      cases: [...edges({ enabled: false }, "enabled", { "the text yes": "yes", "the number 1": 1 })],
    },
    {
      file: "lib/actions/callbacks/update-inbox-retention.ts",
      exportName: "updateInboxRetention",
      role: "admin",
      valid: inboxRetention,
      cases: [
        ...edges(inboxRetention, "verifiedRetentionDays", { "-1": -1, "3651": 3651, "1.5": 1.5 }),
        ...edges(inboxRetention, "refusedRetentionDays", { "-1": -1, "3651": 3651 }),
      ],
    },
    {
      file: "lib/actions/callbacks/verify-payload.ts",
      exportName: "verifyCallbackPayload",
      role: "viewer",
      valid: payload,
      takesHugeText: { body: "a callback body has up to 1 MB" },
      cases: [
        ...edges(payload, "family", { unknown: "xml" }),
        ...edges(payload, "body", { "1 character": "x", "100,000 characters of no JSON": HUGE_TEXT }),
        ...edges(payload, "signHeader", { "201 characters": "s".repeat(201) }),
        ...edges(payload, "sdkAppIdHeader", { "21 characters": "1".repeat(21) }),
      ],
    },
    {
      file: "lib/actions/callbacks/send-test-callback.ts",
      exportName: "sendTestCallback",
      role: "operator",
      valid: { kind: "trtc" },
      cases: [...edges({ kind: "trtc" }, "kind", { unknown: "sms", "the number 1": 1 })],
    },
    {
      file: "lib/actions/locale/choose-locale.ts",
      exportName: "chooseLocale",
      role: "viewer",
      valid: { locale: "en" },
      cases: [...edges({ locale: "en" }, "locale", { "a language the console lacks": "fr", "the number 1": 1 })],
    },
    {
      file: "lib/actions/recordings/mark-recording-played.ts",
      exportName: "markRecordingPlayed",
      role: "viewer",
      valid: { fileId: "5285890800000000001" },
      cases: [...edges({ fileId: "5285890800000000001" }, "fileId", { blank: "", "not a FileId": "../etc" })],
    },
    {
      file: "lib/actions/users/create-user.ts",
      exportName: "createUser",
      role: "admin",
      valid: newUser,
      cases: [
        ...edges(newUser, "email", { "no address": "hostile" }),
        ...edges(newUser, "password", { "7 characters": "p".repeat(7), "73 characters": "p".repeat(73) }),
        ...edges(newUser, "role", { root: "root" }),
        ...edges(newUser, "name", { "101 characters": "n".repeat(101) }),
        { name: "another user's e-mail", input: { ...newUser, email: E2E.admin.email }, codes: ["CONFLICT"] },
      ],
    },
    {
      file: "lib/actions/users/change-user-role.ts",
      exportName: "changeUserRole",
      role: "admin",
      valid: { userId: userIds.viewer, role: "operator" },
      cases: [
        { name: "no such user", input: { userId: NO_SUCH_ID, role: "operator" }, codes: ["CONFLICT"] },
        { name: "the last admin demoted", input: { userId: userIds.admin, role: "viewer" }, codes: ["CONFLICT"] },
        ...edges({ userId: userIds.viewer, role: "operator" }, "role", { root: "root" }),
      ],
    },
    {
      file: "lib/actions/users/set-user-disabled.ts",
      exportName: "setUserDisabled",
      role: "admin",
      valid: { userId: userIds.viewer, disabled: true },
      cases: [
        { name: "no such user", input: { userId: NO_SUCH_ID, disabled: true }, codes: ["CONFLICT"] },
        { name: "the last admin disabled", input: { userId: userIds.admin, disabled: true }, codes: ["CONFLICT"] },
      ],
    },
    {
      file: "lib/actions/users/reset-user-password.ts",
      exportName: "resetUserPassword",
      role: "admin",
      valid: { userId: userIds.viewer },
      cases: [
        { name: "no such user", input: { userId: NO_SUCH_ID }, codes: ["CONFLICT"] },
        { name: "the admin's own", input: { userId: userIds.admin }, codes: ["CONFLICT"] },
      ],
    },
    {
      file: "lib/actions/users/change-own-password.ts",
      exportName: "changeOwnPassword",
      role: "viewer",
      valid: ownPassword,
      cases: [
        ...edges(ownPassword, "newPassword", { "7 characters": "p".repeat(7), "73 characters": "p".repeat(73) }),
        ...edges(ownPassword, "currentPassword", { "201 characters": "p".repeat(201) }),
        invalid("two new passwords that differ", "confirmPassword", {
          ...ownPassword,
          confirmPassword: "other-password",
        }),
        invalid("a wrong current password", "currentPassword", { ...ownPassword, currentPassword: "not-the-password" }),
      ],
    },
  ];
}
