/**
 * The console's Content-Security-Policy (Next.js 16 guide "Content Security Policy": a nonce per
 * request, set by the proxy, which Next puts on its own scripts). Scripts run only with the
 * request's nonce, and what those load (`'strict-dynamic'`: the player's hls.js and mpegts.js
 * chunks); `style-src-elem` takes the nonce too, while style attributes stay allowed (`style-src-attr`)
 * because the layout editor and charts position boxes with them, and a style attribute runs no
 * code. Media, posters and the players' requests go to the console and the media origins only,
 * plus `blob:` for the MediaSource buffers hls.js and mpegts.js play from and hls.js's worker.
 */
export interface ContentSecurityPolicyOptions {
  nonce: string;
  /** Origins the recordings are served from (mediaOrigins()). */
  mediaOrigins: readonly string[];
  isHttps: boolean;
  /** `next dev`: React rebuilds server error stacks with eval, and the dev overlay injects styles. */
  isDevelopment: boolean;
}

export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const nonce = `'nonce-${options.nonce}'`;
  const media = options.mediaOrigins.join(" ");
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${nonce} 'strict-dynamic'${options.isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${options.isDevelopment ? "'unsafe-inline'" : nonce}`,
    `style-src-elem 'self' ${options.isDevelopment ? "'unsafe-inline'" : nonce}`,
    "style-src-attr 'unsafe-inline'",
    `img-src 'self' blob: data: ${media}`,
    `media-src 'self' blob: ${media}`,
    `connect-src 'self' ${media}`,
    "worker-src 'self' blob:",
    "font-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over https: on an http console (local mode) it would rewrite http media to https.
    ...(options.isHttps ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.map((directive) => directive.trim()).join("; ");
}

/** Tencent's default VOD distribution domains (`<appid>.vod2.myqcloud.com`, reference §MediaUrl). */
export const TENCENT_VOD_MEDIA_ORIGINS = ["https://*.vod2.myqcloud.com", "http://*.vod2.myqcloud.com"] as const;

/**
 * Where the player's media come from: Tencent's VOD domains, the SDK endpoint's origin (the local
 * cloud serves VOD media from its API origin; a stand-in endpoint would too) and the custom
 * domains the admin listed in MEDIA_ORIGINS.
 */
export function mediaOrigins(options: {
  endpointOrigin: string | undefined;
  extraOrigins: readonly string[];
}): string[] {
  return [
    ...new Set([
      ...TENCENT_VOD_MEDIA_ORIGINS,
      ...(options.endpointOrigin ? [options.endpointOrigin] : []),
      ...options.extraOrigins,
    ]),
  ];
}
