import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { getActiveUser } from "@/lib/data/users/get-active-user";
import type { SessionUser } from "@/lib/users/types";
import { getAuthOptions } from "./options";
import { msg } from "@/lib/i18n/message";
import { hasRole, type Role } from "./roles";

export type AuthFailure = { code: "UNAUTHENTICATED" | "FORBIDDEN"; message: string };
export type AuthResult = { ok: true; user: SessionUser } | { ok: false; error: AuthFailure };

/**
 * Checks the session and role on the server. The user is re-read from the database on every
 * call, so a disabled user or a changed role takes effect at once, whatever the JWT says.
 */
export async function authorize(required: Role): Promise<AuthResult> {
  const user = await signedInUser();
  if (!user) return { ok: false, error: { code: "UNAUTHENTICATED", message: msg("auth.sessionEnded") } };
  if (!hasRole(user.role, required)) {
    const roleName = (role: Role) => msg(`common.roles.${role}`);
    return {
      ok: false,
      error: {
        code: "FORBIDDEN",
        message: msg("auth.needsRole", { required: roleName(required), role: roleName(user.role) }),
      },
    };
  }
  return { ok: true, user };
}

/**
 * The signed-in, active user, read once per request (React's cache): the page, its layout and the
 * language lookup (i18n/request.ts) share one read. A server action is a request of its own.
 */
export const signedInUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  return id ? getActiveUser(await getDb(), id) : null;
});

/** For pages: the signed-in user with at least `required`, else a redirect (login) or 403 page. */
export async function requirePageUser(required: Role = "viewer"): Promise<SessionUser> {
  const result = await authorize(required);
  if (result.ok) return result.user;
  if (result.error.code === "UNAUTHENTICATED") redirect("/login");
  redirect("/forbidden");
}
