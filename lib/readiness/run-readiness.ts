import "server-only";
import type { CloudClients } from "@/lib/cloud/clients";
import { addDays, billingDateOf } from "@/lib/costs/billing-date";
import type { CloudConfig } from "@/lib/env";
import { msg } from "@/lib/i18n/message";
import type { CheckContext, ReadinessCheck } from "./check-context";
import { applicationCheck } from "./checks/application";
import { callbackEventsCheck } from "./checks/callback-events";
import { credentialsCheck } from "./checks/credentials";
import { cssCallbackCheck } from "./checks/css-callback";
import { permissionsCheck } from "./checks/permissions";
import { publicUrlCheck } from "./checks/public-url";
import { pushDomainCheck } from "./checks/push-domain";
import { recordingGenerationCheck } from "./checks/recording-generation";
import { roomQueriesCheck } from "./checks/room-queries";
import { servicesCheck } from "./checks/services";
import { trtcCallbackSettingsCheck } from "./checks/trtc-callback-settings";
import { vodApplicationsCheck } from "./checks/vod-applications";
import { CloudProbes } from "./cloud-probes";
import { limitConcurrency } from "./limit-concurrency";
import type { CallbackEventTimes, PublicUrl, ReadinessLine, ReadinessReport, ReadinessTarget } from "./types";

/** The checks, in the order their lines are shown: the account first, then the app, then callbacks. */
const CHECKS: ReadonlyArray<{ name: string; run: ReadinessCheck }> = [
  { name: "credentials", run: credentialsCheck },
  { name: "services", run: servicesCheck },
  { name: "application", run: applicationCheck },
  { name: "recording-generation", run: recordingGenerationCheck },
  { name: "cam", run: permissionsCheck },
  { name: "push-domain", run: pushDomainCheck },
  { name: "vod", run: vodApplicationsCheck },
  { name: "room-queries", run: roomQueriesCheck },
  { name: "public-url", run: publicUrlCheck },
  { name: "trtc-callback-settings", run: trtcCallbackSettingsCheck },
  { name: "css-callback", run: cssCallbackCheck },
  { name: "callback-events", run: callbackEventsCheck },
];

/** A handful of calls at a time: quick, and far below every per-action limit (limit-concurrency.ts). */
const CONCURRENCY = 4;
/** TRTC's usage actions take at most 31 days. */
const USAGE_DAYS = 31;

export interface ReadinessInputs {
  clients: CloudClients;
  target: ReadinessTarget;
  cloud: Pick<CloudConfig, "endpoint" | "protocol" | "region" | "secretId">;
  publicUrl: PublicUrl;
  /** Reads the last callback events, or says why they cannot be read here. */
  callbackEvents: { read: () => Promise<CallbackEventTimes> } | { unavailable: string };
  now?: Date;
}

/** The endpoint in words: the configured base URL, or Tencent's own (a message). */
export const describeEndpoint = (cloud: Pick<CloudConfig, "endpoint" | "protocol">): string =>
  cloud.endpoint ? `${cloud.protocol}${cloud.endpoint}` : msg("readiness.run.tencentEndpoint");

/** A SecretId as it may be shown: enough to tell keys apart, not to copy one. */
export const secretIdHint = (secretId: string): string =>
  secretId.length > 12 ? `${secretId.slice(0, 8)}…${secretId.slice(-4)}` : msg("readiness.run.shortSecretId");

/**
 * Runs the readiness check of one application: reads and permission probes against the cloud
 * (never a call that can change anything), the console's own facts, and the last callback
 * events. Each check's failure becomes a "not checked" line, so this never throws for the cloud's
 * sake. The same code runs against Tencent and the local cloud: only the clients differ.
 */
export async function runReadiness(inputs: ReadinessInputs): Promise<ReadinessReport> {
  const now = inputs.now ?? new Date();
  const today = billingDateOf(now);
  const probes = new CloudProbes({
    clients: inputs.clients,
    target: inputs.target,
    limit: limitConcurrency(CONCURRENCY),
    usageRange: { from: addDays(today, -(USAGE_DAYS - 1)), to: today },
    nowSeconds: Math.floor(now.getTime() / 1000),
  });
  const events = inputs.callbackEvents;
  const context: CheckContext = {
    target: inputs.target,
    credentials: {
      secretIdHint: secretIdHint(inputs.cloud.secretId),
      endpoint: describeEndpoint(inputs.cloud),
      region: inputs.cloud.region,
    },
    publicUrl: inputs.publicUrl,
    probes,
    callbackEvents: "read" in events ? events.read : () => Promise.resolve(null),
    callbackEventsUnavailable: "unavailable" in events ? events.unavailable : "",
    now,
  };
  // The gate first: when the cloud does not answer at all, the other checks send nothing.
  await probes.gate();
  const results = await Promise.all(
    CHECKS.map(async ({ name, run }): Promise<ReadinessLine[]> => {
      try {
        return [await run(context)].flat();
      } catch (error) {
        return [
          {
            id: `check.${name}`,
            status: "not-checked",
            title: msg("readiness.run.checkFailed", { name }),
            detail: error instanceof Error ? error.message : String(error),
          },
        ];
      }
    }),
  );
  return {
    target: { sdkAppId: inputs.target.sdkAppId, generation: inputs.target.generation },
    cloud: msg("readiness.run.cloud", { endpoint: context.credentials.endpoint, region: inputs.cloud.region }),
    checkedAt: now,
    lines: results.flat(),
  };
}
