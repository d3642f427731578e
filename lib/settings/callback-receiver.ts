import { recordingCallbackUrl } from "@/lib/callbacks/trtc-callback-urls";
import { reachOf } from "@/lib/readiness/checks/public-url";

type Reach = ReturnType<typeof reachOf>;

/** The console's own recording-callback receiver, and whether the cloud can post to it. */
export type CallbackReceiver =
  | { url: string; isReachable: true }
  | { url: string; isReachable: false; host: string; reach: Exclude<Reach, "internet"> };

const WIDTH: Record<Reach, number> = { machine: 0, network: 1, internet: 2 };

/**
 * A cloud reaches the console when the console is reachable at least as widely as the cloud runs:
 * a cloud on this machine (the local cloud) reaches a localhost console; Tencent's, on the
 * internet, only a public address (the readiness check's reachOf). `cloudEndpoint` is the SDK's
 * `host[:port][/path]`, undefined for Tencent's own endpoints.
 */
export function recordingCallbackReceiver(origin: string, cloudEndpoint: string | undefined): CallbackReceiver {
  const url = recordingCallbackUrl(origin);
  const host = new URL(origin).hostname;
  const consoleReach = reachOf(host);
  const cloudReach = cloudEndpoint ? reachOf(new URL(`http://${cloudEndpoint}`).hostname) : "internet";
  if (consoleReach === "internet" || WIDTH[consoleReach] >= WIDTH[cloudReach]) return { url, isReachable: true };
  return { url, isReachable: false, host, reach: consoleReach };
}
