import { controlFetch, type ControlPlaneTarget } from "./control-plane";

/** Sets an app's TRTC callbacks, as an admin does on TRTC console's callback page (`/_local/trtc-callbacks`). */
export async function configureTrtcCallbacks(
  cloud: ControlPlaneTarget,
  sdkAppId: number,
  settings: {
    roomAndMedia?: { url: string; key: string | null } | null;
    recording?: { url: string; key: string | null } | null;
  },
): Promise<void> {
  const response = await controlFetch(cloud, `/_local/trtc-callbacks/${sdkAppId}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ roomAndMedia: settings.roomAndMedia ?? null, recording: settings.recording ?? null }),
  });
  if (!response.ok) throw new Error(`configuring TRTC callbacks failed: ${response.status} ${await response.text()}`);
}
