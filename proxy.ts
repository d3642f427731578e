import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { configuredMediaOrigins } from "@/lib/security/media-origins-from-env";

/** Reached without a session: sign-in, next-auth's own routes, liveness, callbacks from the cloud. */
const PUBLIC_PATHS = /^\/(login|api\/auth|api\/health|api\/callbacks)(\/|$)/;

function isHttps(request: NextRequest): boolean {
  // Behind a TLS-terminating proxy the request reaches us over http with X-Forwarded-Proto.
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/**
 * Every page's Content-Security-Policy, with a nonce of its own: Next reads it from the request's
 * CSP header and puts it on the scripts it renders (the static headers are in next.config.ts).
 */
function withContentSecurityPolicy(request: NextRequest): { policy: string; requestHeaders: Headers } {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    mediaOrigins: configuredMediaOrigins(),
    isHttps: isHttps(request),
    isDevelopment: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  return { policy, requestHeaders };
}

/**
 * First gate: no session cookie, no page. It only checks that a valid JWT exists; the role (and
 * whether the user is still active) is checked again on the server by every page, action and
 * route handler, because a proxy can be bypassed by a misconfigured matcher.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { policy, requestHeaders } = withContentSecurityPolicy(request);
  const isPublic = PUBLIC_PATHS.test(request.nextUrl.pathname);
  let response: NextResponse;
  if (isPublic || (await getToken({ req: request, secret: getAuthSecret() }))) {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else if (request.nextUrl.pathname.startsWith("/api/")) {
    response = NextResponse.json({ error: { code: "UNAUTHENTICATED", message: "Sign in first." } }, { status: 401 });
  } else {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Everything but the build's static files, which carry the static headers of next.config.ts, and
  // the cloud's callback endpoints: public (the signature is their authentication), answered with
  // JSON that no CSP applies to, and called hundreds of times a second, where running the proxy
  // (a nonce, a policy, a header copy) for nothing is a measurable share of each request.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|api/callbacks/).*)"],
};
