import "server-only";
import { authorize } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { CloudError } from "@/lib/cloud/errors";
import { errorResponse } from "./error-response";
import { msg } from "@/lib/i18n/message";
import type { SessionUser } from "@/lib/users/types";

/** Whether a URL's path or query decodes to a NUL character, which no id, filter or database text may hold. */
function hasNulCharacter(url: string): boolean {
  const { pathname, searchParams } = new URL(url);
  if (/%00/.test(pathname)) return true;
  for (const [key, value] of searchParams) if (key.includes("\u0000") || value.includes("\u0000")) return true;
  return false;
}

/**
 * Wraps a route handler: checks the session and role on the server (401/403 otherwise), refuses
 * NUL characters in the URL (400), and turns CloudErrors into a 502 with a message a person can act on.
 */
export function withRole<Context>(
  role: Role,
  handler: (request: Request, user: SessionUser, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const auth = await authorize(role);
    if (!auth.ok) {
      return errorResponse(auth.error, auth.error.code === "UNAUTHENTICATED" ? 401 : 403);
    }
    if (hasNulCharacter(request.url)) {
      return errorResponse({ code: "VALIDATION", message: msg("errors.nulInUrl") }, 400);
    }
    try {
      return await handler(request, auth.user, context);
    } catch (error) {
      if (error instanceof CloudError) {
        return errorResponse({ code: error.code, message: error.message }, 502);
      }
      throw error;
    }
  };
}
