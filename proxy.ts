import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";

/**
 * First gate: no session cookie, no page. It only checks that a valid JWT exists; the role (and
 * whether the user is still active) is checked again on the server by every page, action and
 * route handler, because a proxy can be bypassed by a misconfigured matcher.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const token = await getToken({ req: request, secret: getAuthSecret() });
  if (token) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in first." } }, { status: 401 });
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but sign-in, next-auth's own routes, liveness, callbacks from the cloud, and static files.
  matcher: ["/((?!login|api/auth|api/health|api/callbacks|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
