import "server-only";
import { actionName, serviceOf, type CloudAction } from "./cloud-action";
import { cloudRead } from "./call";
import { cloudClients, type CloudClients } from "./clients";

/** The ids a CAM policy decides on: TRTC's SdkAppId, VOD's SubAppId; CSS's actions name none. */
export type PermissionProbeIds = { SdkAppId: number } | { SubAppId: number } | Record<string, never>;

/**
 * Sends `action` with only the ids CAM evaluates its resource by, leaving out every parameter the
 * action requires to name what it acts on (a room, task, file, template or rule), so the request
 * cannot act. Tencent's API layer checks CAM before the product reads the parameters (COVERAGE.md,
 * "Limits and errors of a real account"): a user without the permission gets
 * AuthFailure.UnauthorizedOperation, one with it a parameter error. Resolves if the cloud accepted
 * the request, otherwise throws the CloudError it answered. Only the readiness check calls this;
 * it never sends an action whose incomplete request could still create something (see
 * lib/readiness/console-actions.ts).
 *
 * A rate limit is retried like a read's: the gateway refuses it before CAM and the product, and
 * the request could not act anyway.
 */
export async function sendIncompleteRequest(
  action: CloudAction,
  ids: PermissionProbeIds,
  clients: CloudClients = cloudClients(),
): Promise<void> {
  const client = clients[serviceOf(action)];
  await cloudRead(action, () => client.request(actionName(action), { ...ids }));
}
