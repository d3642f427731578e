import type { CloudErrorCode } from "@/lib/cloud/error-codes";

/** What every server action returns; expected failures are values, not exceptions. */
export type ActionErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "VALIDATION"
  | "CONFLICT"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  /** What the action names belongs to another application than the selected one (a VOD file of another app). */
  | "WRONG_APPLICATION"
  | CloudErrorCode;

export interface ActionError {
  code: ActionErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export const ok = <T>(data: T): ActionResult<T> => ({ ok: true, data });
export const fail = (error: ActionError): ActionResult<never> => ({ ok: false, error });
