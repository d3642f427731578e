import { SERVICE_NAMES, serviceOf, type CloudAction } from "@/lib/cloud/cloud-action";
import type { CloudErrorCode } from "@/lib/cloud/error-codes";
import { CloudError } from "@/lib/cloud/errors";
import { msg } from "@/lib/i18n/message";

/** Why a probe failed, as the checks read it. */
export interface ProbeFailure {
  /** The console's code for it (lib/cloud/errors.ts). */
  code: CloudErrorCode;
  /** Tencent's own code (`AuthFailure.UnauthorizedOperation`), when the cloud answered one. */
  cloudCode: string | null;
  /** The console's message (plain, or from `msg`): safe to show, says what to do. */
  message: string;
  /**
   * Tencent's message: read on the server to tell answers apart (the resource CAM names, which
   * state a product is in), never shown whole.
   */
  cloudMessage: string;
}

/** What one call to the cloud answered. */
export type ProbeOutcome<T> = { ok: true; value: T } | { ok: false; failure: ProbeFailure };

/** A failure in the shape the checks read, from anything a lib/cloud call throws. */
export function toProbeFailure(error: unknown): ProbeFailure {
  if (error instanceof CloudError) {
    return {
      code: error.code,
      cloudCode: error.cloudCode ?? null,
      message: error.message,
      cloudMessage: error.cloudMessage,
    };
  }
  return {
    code: "CLOUD_BAD_RESPONSE",
    cloudCode: null,
    message: msg("readiness.probe.unexpected", { error: error instanceof Error ? error.message : String(error) }),
    cloudMessage: "",
  };
}

/** Runs a lib/cloud call and keeps what it answered, success or failure, instead of throwing. */
export async function settle<T>(call: () => Promise<T>): Promise<ProbeOutcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return { ok: false, failure: toProbeFailure(error) };
  }
}

/** The failure of an outcome, or null when it succeeded. */
export const failureOf = <T>(outcome: ProbeOutcome<T>): ProbeFailure | null => (outcome.ok ? null : outcome.failure);

/**
 * Failures that say nothing about the account, only that the cloud could not be asked: the keys
 * were refused, the endpoint is unreachable or answered nonsense. The credentials line explains
 * them; other lines are then "not checked".
 */
export const isUnanswered = (failure: ProbeFailure): boolean =>
  failure.code === "CLOUD_AUTH_FAILED" || failure.code === "CLOUD_UNREACHABLE" || failure.code === "CLOUD_BAD_RESPONSE";

/** A CAM denial: the keys are right, the user's policy does not grant the call. */
export const isCamDenial = (failure: ProbeFailure): boolean => failure.code === "CLOUD_UNAUTHORIZED_OPERATION";

/**
 * Why a line could not use a read, said without repeating what another line says in full: a CAM
 * denial or a product that does not serve the account have lines of their own.
 */
export function whyUnread(failure: ProbeFailure, action: CloudAction): string {
  if (isCamDenial(failure)) return msg("readiness.probe.camDenies", { action });
  if (failure.code === "CLOUD_SERVICE_UNAVAILABLE") {
    return msg("readiness.probe.notServed", { product: SERVICE_NAMES[serviceOf(action)] });
  }
  return failure.message;
}
