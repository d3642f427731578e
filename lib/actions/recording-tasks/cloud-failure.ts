import "server-only";
import type { ActionError } from "@/lib/actions/result";
import { msg } from "@/lib/i18n/message";
import { toCloudError } from "@/lib/cloud/errors";

/** How one Tencent error code reads on the form: a message, and the field it belongs to if any. */
export interface CodeRule {
  code: string;
  field?: string;
  /** A catalog message (`msg`). */
  message: string;
}

/**
 * A request field the cloud may name in an InvalidParameterValue message, the form field it came
 * from, and what that field allows (the cloud's own words never reach the browser).
 */
export interface FieldRule {
  wire: string;
  field: string;
  /** A catalog message (`msg`), the end of "The cloud refused this value: …". */
  allowed: string;
}

export type CloudCallResult<T> = { ok: true; data: T } | { ok: false; error: ActionError; cloudCode: string | null };

/**
 * Runs a mutation once (a lib/cloud write) and maps its failure: known codes to their own
 * messages (on their field), range errors to the field the cloud's message names, anything else
 * the way lib/cloud/errors does. The cloud's own message is only read here, on the server, to find
 * the field.
 */
export async function callCloud<T>(
  call: () => Promise<T>,
  rules: { codes: readonly CodeRule[]; fields: readonly FieldRule[] },
): Promise<CloudCallResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (raw) {
    const mapped = toCloudError(raw);
    const code = mapped.cloudCode ?? null;
    const known = code ? rules.codes.find((rule) => rule.code === code) : undefined;
    if (known) {
      const fieldErrors = known.field ? { [known.field]: [known.message] } : undefined;
      return {
        ok: false,
        cloudCode: code,
        error: { code: errorCodeOf(known.code), message: known.message, fieldErrors },
      };
    }
    if (code && /^(InvalidParameter|MissingParameter)/.test(code)) {
      const named = [...rules.fields]
        .sort((a, b) => b.wire.length - a.wire.length)
        .find((rule) => mapped.cloudMessage.includes(rule.wire));
      if (named) {
        const message = msg("recordingTasks.cloud.refusedValue", { allowed: named.allowed });
        return {
          ok: false,
          cloudCode: code,
          error: { code: "CLOUD_INVALID_PARAMETER", message, fieldErrors: { [named.field]: [message] } },
        };
      }
    }
    console.warn(
      `[cloud] ${mapped.action ?? "call"} failed: ${mapped.cloudCode ?? mapped.code} (request ${mapped.requestId ?? "-"})`,
    );
    return { ok: false, cloudCode: mapped.cloudCode ?? null, error: { code: mapped.code, message: mapped.message } };
  }
}

function errorCodeOf(code: string): ActionError["code"] {
  if (code.startsWith("InvalidParameter") || code.startsWith("MissingParameter")) return "CLOUD_INVALID_PARAMETER";
  if (code.endsWith("NotExist")) return "CLOUD_NOT_FOUND";
  return "CLOUD_OPERATION_FAILED";
}
