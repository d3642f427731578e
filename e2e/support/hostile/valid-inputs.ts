import { DEFAULT_MIX_AUDIO, MIX_OUTPUT_PRESETS } from "../../../lib/schemas/mix";
import { defaultRecordingLayout } from "../../../lib/recording-tasks/layout/default-layout";
import { defaultTaskValues } from "../../../lib/recording-tasks/task-defaults";
import { LEGACY_APP, PUSH_DOMAIN, VOD_DEFAULT_APP } from "../local-account";
import { UNREGISTERED_APP } from "./cases";

/*
 * Valid inputs of the server actions, one field of which a hostile case changes at a time. None
 * is ever sent as it is by a role allowed to: each would do what it says.
 */

export const subscription = { audio: { mode: "all", userIds: "" }, video: { mode: "all", userIds: "" } };
export const mixLayout = { ...defaultRecordingLayout(), template: "floating" };
export const taskLayout = { ...defaultRecordingLayout(), template: "grid" };
export const tile = (index: number) => ({
  id: `t${index}`,
  userId: `u${index}`,
  streamType: 0,
  x: 0,
  y: 0,
  width: 32,
  height: 18,
  zOrder: 0,
  fit: "crop",
});
export const users = (count: number) => Array.from({ length: count }, (_, index) => `u${index}`);

export const recordingSettings = {
  enabled: true,
  mode: "global",
  formats: ["mp4"],
  maxFileMinutes: 60,
  retentionDays: 0,
  resumeSeconds: 0,
  vodSubAppId: null,
  callbackUrl: "",
  callbackKey: "",
  keepStoredCallbackKey: false,
};
export const mix = {
  roomId: "hostile-room",
  recordId: "",
  streamId: "hostile_mix",
  output: { ...MIX_OUTPUT_PRESETS["360p"], ...DEFAULT_MIX_AUDIO },
  layout: mixLayout,
};
const defaultTask = defaultTaskValues("hostile-room", { formats: ["mp4"], retentionDays: 0, subAppId: null });
export const task = {
  ...defaultTask,
  recordMode: "single",
  output: { ...defaultTask.output, gopSeconds: 2 },
  layout: taskLayout,
  estimateInputTier: "sd",
};
export const application = {
  sdkAppId: UNREGISTERED_APP,
  name: "Hostile",
  generation: "legacy",
  pushDomain: PUSH_DOMAIN,
  // A number, not the form's "" (empty = none): any number in place of "" would be a valid id.
  defaultVodSubAppId: VOD_DEFAULT_APP,
  sdkSecretKey: "",
};
export const applicationEdit = {
  sdkAppId: LEGACY_APP,
  name: "Hostile",
  generation: "legacy",
  pushDomain: PUSH_DOMAIN,
  defaultVodSubAppId: VOD_DEFAULT_APP,
  mediaDomainHttps: false,
  mediaHotlinkKey: "",
  clearMediaHotlinkKey: false,
};
export const price = {
  key: "recordingSingleSd",
  currency: "CNY",
  amount: 1,
  source: "hostile input",
  asOf: "2025-01-01",
};
export const payload = { family: "css", body: "{}", signHeader: "", sdkAppIdHeader: "" };
export const participant = {
  roomId: "hostile-room",
  userId: "hostile_user",
  streamUrl: "http://127.0.0.1:9/clip.mp4",
  isLooping: false,
};
export const inboxRetention = { verifiedRetentionDays: 90, refusedRetentionDays: 7 };
export const newUser = { email: "hostile@e2e.test", name: "Hostile", password: "hostile-password", role: "viewer" };
export const sdkAppIdEdges = { "0": 0, "2^32": 4_294_967_296, "-1": -1, "1.5": 1.5 };
