import { DEFAULT_ACCOUNT } from "@shared/local-cloud-account";

export type RecordingGeneration = "legacy" | "cloud";

/** An application the console registers at start when it is not registered yet. */
export interface StartupApplication {
  sdkAppId: number;
  name: string;
  generation: RecordingGeneration;
}

const LOCAL_NAMES: Record<RecordingGeneration, string> = {
  legacy: "Legacy-recording app",
  cloud: "Cloud-recording app",
};

/**
 * Local mode: the local cloud's default account has one app of each recording generation
 * (shared/local-cloud-account.ts), so a newcomer sees both. The configured app comes first; its
 * generation is TRTC_RECORDING_GENERATION when set, else the local account's (legacy if unknown).
 */
export function localStartupApplications(configured: {
  sdkAppId: number;
  generation: RecordingGeneration | undefined;
}): StartupApplication[] {
  const local = DEFAULT_ACCOUNT.apps;
  const generation =
    configured.generation ?? local.find((app) => app.sdkAppId === configured.sdkAppId)?.generation ?? "legacy";
  const first = { sdkAppId: configured.sdkAppId, name: LOCAL_NAMES[generation], generation };
  const others = local
    .filter((app) => app.sdkAppId !== configured.sdkAppId)
    .map((app) => ({ sdkAppId: app.sdkAppId, name: LOCAL_NAMES[app.generation], generation: app.generation }));
  return [first, ...others];
}
