import type { IncomingMessage } from "node:http";

/** What a player reads from a media answer besides the simple headers (lengths, for ranges). */
const EXPOSED_HEADERS = "Content-Length, Content-Range, Accept-Ranges";

/**
 * CORS headers for an answer to `request`: the request's `Origin` echoed when it is one of
 * `allowedOrigins` (the console's), nothing of CORS otherwise. `Vary: Origin` always, so that no
 * cache hands one origin's answer to another. Tencent's CDN does the same with a list of origins
 * in its response-header configuration (tencentcloud.com 228/35320): a request's Origin found in
 * the list is filled into Access-Control-Allow-Origin.
 */
export function corsHeaders(request: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined || !allowedOrigins.includes(origin)) return { Vary: "Origin" };
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": EXPOSED_HEADERS, Vary: "Origin" };
}

/** The answer to a preflight for a ranged GET (players send `Range`), for an allowed origin only. */
export function preflightHeaders(request: IncomingMessage, allowedOrigins: readonly string[]): Record<string, string> {
  const headers = corsHeaders(request, allowedOrigins);
  if (!("Access-Control-Allow-Origin" in headers)) return headers;
  return { ...headers, "Access-Control-Allow-Headers": "Range", "Access-Control-Allow-Methods": "GET, HEAD" };
}
