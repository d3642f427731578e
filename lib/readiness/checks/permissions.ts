import { grantingPolicies } from "@/lib/cloud/cam-policies";
import { actionName, SERVICE_NAMES, serviceOf, type CloudAction, type CloudService } from "@/lib/cloud/cloud-action";
import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";
import type { ReadinessCheck } from "../check-context";
import { CONSOLE_ACTIONS, featureOf, type ConsoleAction } from "../console-actions";
import { FIX_URLS } from "../fix-urls";
import { listInWords } from "../format";
import { isCamDenial, isUnanswered, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

const K = "readiness.checks.permissions";

/** What one action's probe says of the CAM user's permission. */
export type PermissionVerdict =
  | { kind: "allowed" }
  | { kind: "denied"; cloudCode: string | null; resource: string | null }
  | { kind: "unknown"; why: string };

/** The resource CAM names in its denial: `…resource (qcs::trtc::uin/…:sdkappid/…) has no permission`. */
const deniedResource = (message: string): string | null =>
  /resource \(([^)]+)\) has no permission/.exec(message)?.[1] ?? null;

/**
 * A probe's answer as a permission. Tencent's API layer answers CAM before the product looks at
 * the parameters (COVERAGE.md): AuthFailure.UnauthorizedOperation (or UnauthorizedOperation.*)
 * means denied; any answer of the product itself — a missing parameter, a room that does not
 * exist, a suspended product — means CAM let the call through. Refused keys, an unreachable cloud
 * and a rate limit that outlasted the retries say nothing.
 */
export function permissionVerdict(outcome: ProbeOutcome<void>): PermissionVerdict {
  if (outcome.ok) return { kind: "allowed" };
  const { failure } = outcome;
  if (isCamDenial(failure)) {
    return { kind: "denied", cloudCode: failure.cloudCode, resource: deniedResource(failure.cloudMessage) };
  }
  if (isUnanswered(failure)) return { kind: "unknown", why: failure.message };
  if (failure.code === "CLOUD_RATE_LIMITED") {
    return {
      kind: "unknown",
      why: msg(`${K}.rateLimited`),
    };
  }
  return { kind: "allowed" };
}

function deniedLine(
  entry: ConsoleAction,
  verdict: Extract<PermissionVerdict, { kind: "denied" }>,
  generation: RecordingGeneration,
): ReadinessLine {
  const blocksRecording = entry.neededToRecord.includes(generation);
  return {
    id: `cam.${entry.action}`,
    status: blocksRecording ? "blocking" : "warning",
    title: msg(`${K}.deniedTitle`, { action: entry.action }),
    detail: msg(`${K}.deniedDetail`, {
      action: entry.action,
      hasResource: verdict.resource ? "yes" : "no",
      resource: verdict.resource ?? "",
      feature: featureOf(entry),
      blocksRecording: blocksRecording ? "yes" : "no",
      appNote: verdict.cloudCode === "UnauthorizedOperation.SdkAppId" ? "yes" : "no",
      policies: grantingPolicies(entry.action),
    }),
    fixUrl: FIX_URLS.camPolicies,
  };
}

function notSentLine(
  entry: ConsoleAction,
  verdicts: ReadonlyMap<CloudAction, PermissionVerdict>,
): ReadinessLine | null {
  if (entry.probe.kind !== "not-sent") return null;
  const said = entry.probe.neighbours.map((neighbour) => {
    const verdict = verdicts.get(neighbour);
    const state = verdict?.kind === "allowed" ? "allowed" : verdict?.kind === "denied" ? "denied" : "unknown";
    return msg(`${K}.neighbourState`, { action: neighbour, state });
  });
  const isNeighbourDenied = entry.probe.neighbours.some((neighbour) => verdicts.get(neighbour)?.kind === "denied");
  return {
    id: `cam.${entry.action}`,
    status: "not-checked",
    title: msg(`${K}.actionNotChecked`, { action: entry.action }),
    detail: msg(`${K}.notSentDetail`, {
      why: msg(`readiness.notSent.${entry.probe.why}`),
      neighbours: listInWords(said),
      likelyDenied: isNeighbourDenied ? "yes" : "no",
      policies: grantingPolicies(entry.action),
      feature: featureOf(entry),
    }),
    fixUrl: FIX_URLS.camPolicies,
  };
}

/**
 * The CAM lines: per product, one line for the actions allowed, one per denied action (blocking
 * when the app's recording generation needs it), one per action not sent, or one line saying the
 * product's permissions could not be checked.
 */
export function interpretPermissions(
  generation: RecordingGeneration,
  verdicts: ReadonlyMap<CloudAction, PermissionVerdict>,
  actions: readonly ConsoleAction[] = CONSOLE_ACTIONS,
): ReadinessLine[] {
  const lines: ReadinessLine[] = [];
  const services: CloudService[] = ["trtc", "vod", "live"];
  for (const service of services) {
    const product = SERVICE_NAMES[service];
    const mine = actions.filter((entry) => serviceOf(entry.action) === service);
    const sent = mine.filter((entry) => entry.probe.kind === "sent");
    const unknown = sent.flatMap((entry) => {
      const verdict = verdicts.get(entry.action);
      return verdict?.kind === "unknown" ? [verdict.why] : [];
    });
    const [why] = unknown;
    if (why !== undefined && unknown.length === sent.length) {
      lines.push({
        id: `cam.${service}`,
        status: "not-checked",
        title: msg(`${K}.productNotChecked`, { product }),
        detail: why,
      });
      continue;
    }
    const allowed = sent.filter((entry) => verdicts.get(entry.action)?.kind === "allowed");
    if (allowed.length > 0) {
      const names = allowed.map((entry) => actionName(entry.action));
      lines.push({
        id: `cam.${service}`,
        status: "ok",
        title:
          allowed.length === sent.length
            ? msg(`${K}.allowsAll`, { count: sent.length, product })
            : msg(`${K}.allowsSome`, { allowed: allowed.length, sent: sent.length, product }),
        detail: msg(`${K}.allowedDetail`, { names: listInWords(names) }),
      });
    }
    for (const entry of sent) {
      const verdict = verdicts.get(entry.action);
      if (verdict?.kind === "denied") lines.push(deniedLine(entry, verdict, generation));
      else if (verdict?.kind === "unknown" && unknown.length < sent.length) {
        lines.push({
          id: `cam.${entry.action}`,
          status: "not-checked",
          title: msg(`${K}.actionNotChecked`, { action: entry.action }),
          detail: verdict.why,
        });
      }
    }
    for (const entry of mine) {
      const line = notSentLine(entry, verdicts);
      if (line) lines.push(line);
    }
  }
  return lines;
}

export const permissionsCheck: ReadinessCheck = async ({ probes, target }) => {
  const sent = CONSOLE_ACTIONS.filter((entry) => entry.probe.kind === "sent");
  const verdicts = new Map<CloudAction, PermissionVerdict>(
    await Promise.all(
      sent.map(async (entry) => [entry.action, permissionVerdict(await probes.permission(entry.action))] as const),
    ),
  );
  return interpretPermissions(target.generation, verdicts);
};
