import type { CloudAction } from "@/lib/cloud/cloud-action";
import { toCloudError } from "@/lib/cloud/errors";
import { networkError, tencentError } from "@/lib/cloud/testing/tencent-error";
import { messageText } from "@/lib/i18n/message-text";
import { toProbeFailure, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine } from "../types";

/** For tests: what a probe of `action` keeps when Tencent answers `code` (mapped as lib/cloud maps it). */
export function answered<T = void>(
  code: string,
  action: CloudAction,
  message = `raw message for ${code}`,
): ProbeOutcome<T> {
  return { ok: false, failure: toProbeFailure(toCloudError(tencentError(code, message), action)) };
}

/** For tests: a probe whose endpoint could not be reached. */
export function unreachable<T = void>(action: CloudAction): ProbeOutcome<T> {
  return { ok: false, failure: toProbeFailure(toCloudError(networkError(), action)) };
}

/** For tests: a probe that succeeded. */
export const succeeded = <T>(value: T): ProbeOutcome<T> => ({ ok: true, value });

/** The message the local cloud (and Tencent's gateway) words a CAM denial with. */
export const camDenialMessage = (action: CloudAction, resource: string) =>
  `You are not authorized to perform this operation. Check your CAM policies, and ensure that you are using the correct access keys. [[request id:r-1]you are not authorized to perform operation (${action})\nresource (${resource}) has no permission\n]`;

/** A line with its title and detail in English words (the checks make messages, lib/i18n/message.ts). */
export function lineInEnglish<L extends ReadinessLine>(line: L): L {
  return { ...line, title: messageText(line.title), detail: messageText(line.detail) };
}

/** For tests: an interpret function whose lines come back in English words. */
export function inEnglish<A extends unknown[], R extends ReadinessLine | ReadinessLine[]>(
  interpret: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    const result = interpret(...args);
    return (Array.isArray(result) ? result.map(lineInEnglish) : lineInEnglish(result)) as R;
  };
}
