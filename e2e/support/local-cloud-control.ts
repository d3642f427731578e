import { CONTROL_SECRET_HEADER } from "../../local-cloud/src/core/http/control-secret";
import { E2E, localCloudUrl } from "../config";

/**
 * A request to the e2e local cloud's control plane (`path` from `/_local/`) with its control
 * secret, which every change needs (reads go without it).
 */
export function controlFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set(CONTROL_SECRET_HEADER, E2E.localCloudControlSecret);
  return fetch(`${localCloudUrl}${path}`, { ...init, headers });
}
