import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The language of each request and its catalog: i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * Headers on every response, pages, API and static files alike. The Content-Security-Policy is
 * not here: it carries a nonce per request, so proxy.ts sets it.
 */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

/**
 * HSTS only when the console is reached over https (a TLS-terminating proxy says so with
 * X-Forwarded-Proto): sent over http it would be ignored, and a console on plain http must stay
 * reachable. No includeSubDomains: the console does not speak for its domain's other hosts.
 */
const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000" };

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Node-only packages with their own files at run time (PGlite's WASM, the SDK's many modules):
  // loaded from node_modules rather than bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "tencentcloud-sdk-nodejs", "bcryptjs"],
  headers: async () => [
    { source: "/:path*", headers: SECURITY_HEADERS },
    { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
  ],
};

export default withNextIntl(nextConfig);
