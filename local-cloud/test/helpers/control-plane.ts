import { CONTROL_SECRET_HEADER } from "../../src/core/http/control-secret";
import type { LocalCloud } from "../../src/options";

/** What a caller needs to change a local cloud through `/_local/*`: where it is and its secret. */
export type ControlPlaneTarget = Pick<LocalCloud, "url" | "controlSecret">;

/** A request to the control plane (`path` from `/_local/`), with the control secret as every change needs it. */
export function controlFetch(cloud: ControlPlaneTarget, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(CONTROL_SECRET_HEADER, cloud.controlSecret);
  return fetch(`${cloud.url}${path}`, { ...init, headers });
}

/** `POST /_local/reset`; fails the test unless the local cloud answers 200 (everyone has left). */
export async function resetCloud(cloud: ControlPlaneTarget): Promise<void> {
  const response = await controlFetch(cloud, "/_local/reset", { method: "POST" });
  if (response.status !== 200)
    throw new Error(`POST /_local/reset answered ${response.status}: ${await response.text()}`);
}
