import "server-only";
import type { z } from "zod";
import { authorize } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { CloudError } from "@/lib/cloud/errors";
import { getDb, type Db } from "@/lib/db";
import { recordAudit } from "@/lib/actions/audit/record-audit";
import type { SessionUser } from "@/lib/users/types";
import { msg } from "@/lib/i18n/message";
import { inputHazardError } from "./input-hazards";
import { fail, type ActionResult } from "./result";

export interface ActionContext {
  user: SessionUser;
  db: Db;
  /** Writes who did what to the audit log. */
  audit: (action: string, target: string, detail?: Record<string, unknown>) => Promise<void>;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/**
 * Gives every server action the same shape: session and role checked on the server → input
 * refused when it has unknown fields or NUL characters → parsed with the shared zod schema →
 * handler. Cloud failures come back as values with a message a person can act on; anything
 * unexpected is logged once and rethrown to reach error.tsx.
 */
export function defineAction<Schema extends z.ZodType, T>(options: {
  name: string;
  role: Role;
  schema: Schema;
  handler: (input: z.infer<Schema>, context: ActionContext) => Promise<ActionResult<T>>;
}): (input: z.input<Schema>) => Promise<ActionResult<T>> {
  // Typed for callers, but a server action is a public endpoint: `raw` may be anything at runtime.
  return async (raw: unknown) => {
    const auth = await authorize(options.role);
    if (!auth.ok) return fail(auth.error);
    const hazard = inputHazardError(options.schema, raw);
    if (hazard) return fail(hazard);
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      return fail({
        code: "VALIDATION",
        message: msg("errors.someValuesInvalid"),
        fieldErrors: fieldErrorsOf(parsed.error),
      });
    }
    const db = await getDb();
    const context: ActionContext = {
      user: auth.user,
      db,
      audit: (action, target, detail) =>
        recordAudit(db, { actor: { id: auth.user.id, email: auth.user.email }, action, target, detail }),
    };
    try {
      return await options.handler(parsed.data, context);
    } catch (error) {
      if (error instanceof CloudError) {
        console.warn(
          `[action ${options.name}] ${error.action ?? "cloud"} failed: ${error.cloudCode ?? error.code} (request ${error.requestId ?? "-"})`,
        );
        return fail({ code: error.code, message: error.message });
      }
      console.error(`[action ${options.name}] failed`, error);
      throw error;
    }
  };
}
