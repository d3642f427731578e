import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getActiveUser } from "@/lib/data/users/get-active-user";
import type { SessionUser } from "@/lib/users/types";
import { getAuthOptions } from "./options";
import { hasRole, type Role } from "./roles";

export type AuthFailure = { code: "UNAUTHENTICATED" | "FORBIDDEN"; message: string };
export type AuthResult = { ok: true; user: SessionUser } | { ok: false; error: AuthFailure };

/**
 * Checks the session and role on the server. The user is re-read from the database on every
 * call, so a disabled user or a changed role takes effect at once, whatever the JWT says.
 */
export async function authorize(required: Role): Promise<AuthResult> {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  const user = id ? await getActiveUser(await getDb(), id) : null;
  if (!user)
    return { ok: false, error: { code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again." } };
  if (!hasRole(user.role, required)) {
    return {
      ok: false,
      error: { code: "FORBIDDEN", message: `This needs the ${required} role; you are signed in as ${user.role}.` },
    };
  }
  return { ok: true, user };
}

/** For pages: the signed-in user with at least `required`, else a redirect (login) or 403 page. */
export async function requirePageUser(required: Role = "viewer"): Promise<SessionUser> {
  const result = await authorize(required);
  if (result.ok) return result.user;
  if (result.error.code === "UNAUTHENTICATED") redirect("/login");
  redirect("/forbidden");
}
