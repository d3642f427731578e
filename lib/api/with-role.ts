import "server-only";
import { authorize } from "@/lib/auth/session";
import type { Role } from "@/lib/auth/roles";
import { CloudError } from "@/lib/cloud/errors";
import type { SessionUser } from "@/lib/users/types";

/**
 * Wraps a route handler: checks the session and role on the server (401/403 otherwise) and turns
 * CloudErrors into a 502 with a message a person can act on.
 */
export function withRole<Context>(
  role: Role,
  handler: (request: Request, user: SessionUser, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const auth = await authorize(role);
    if (!auth.ok) {
      return Response.json({ error: auth.error }, { status: auth.error.code === "UNAUTHENTICATED" ? 401 : 403 });
    }
    try {
      return await handler(request, auth.user, context);
    } catch (error) {
      if (error instanceof CloudError) {
        return Response.json({ error: { code: error.code, message: error.message } }, { status: 502 });
      }
      throw error;
    }
  };
}
