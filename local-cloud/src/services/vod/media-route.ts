import { readFile } from "node:fs/promises";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { corsHeaders, preflightHeaders } from "../../core/http/cors";
import { serveFile } from "../../core/http/serve-file";
import { sendJson } from "../../core/http/send-json";
import { HotlinkIpLimit } from "./hotlink/ip-limit";
import { verifyHotlink } from "./hotlink/key-signature";
import { previewPlaylist } from "./hotlink/preview-playlist";
import type { VodLibrary } from "./models/vod-library";
import type { VodUsage } from "./models/vod-usage";

const CONTENT_TYPES: Record<string, string> = {
  ".m3u8": "application/vnd.apple.mpegurl",
  ".m4s": "video/iso.segment",
  ".mp4": "video/mp4",
  ".flv": "video/x-flv",
  ".aac": "audio/aac",
  ".jpg": "image/jpeg",
  ".ts": "video/mp2t",
};
const MEDIA_PATH = /^\/vod\/(\d+)\/([^/]+)$/;

export interface VodMediaRouteOptions {
  library: () => VodLibrary | undefined;
  usage: () => VodUsage | undefined;
  /** The media domain's Key hotlink protection key (account `vod.hotlinkKey`); null: off. */
  hotlinkKey?: () => string | null;
  /** Origins whose pages may read media cross-origin (the console's, where the player runs). */
  consoleOrigins: readonly string[];
}

/** `::ffff:127.0.0.2` and `127.0.0.2` are one client. */
const clientIpOf = (request: IncomingMessage) => (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");

function forbid(response: ServerResponse, cors: Record<string, string>, reason: string): void {
  // The CDN answers 403 to a URL that fails the check (266/14047); CORS so the console's page can see why.
  const body = `403 Forbidden: ${reason}\n`;
  response.writeHead(403, { ...cors, "Content-Type": "text/plain", "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}

/**
 * `GET /vod/<FileId>/<file>`: media files with Range, and CORS for the console's origins only
 * (players there fetch them cross-origin; a page of another site may still play a `<video src>`,
 * as with a CDN, but not read the bytes).
 * With a hotlink key set, only URLs signed with it are served, the way VOD's CDN serves them
 * (Key 防盗链, 266/14047): playlists, init and media segments each need the signed query (the
 * signature covers the directory, so one query serves every file of a recording; the playlist is
 * not rewritten). Every byte sent is counted as playback traffic (DescribeCDNUsageData).
 */
export function createVodMediaRoute(options: VodMediaRouteOptions) {
  const ipLimit = new HotlinkIpLimit();
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? "/", "http://local");
    const match = MEDIA_PATH.exec(url.pathname);
    const library = options.library();
    const file = match && library ? await library.servedFile(match[1] ?? "", decodeURIComponent(match[2] ?? "")) : null;
    if (request.method === "OPTIONS") {
      response.writeHead(204, preflightHeaders(request, options.consoleOrigins));
      response.end();
      return;
    }
    const cors = corsHeaders(request, options.consoleOrigins);
    const key = options.hotlinkKey?.() ?? null;
    let previewSeconds = 0;
    if (key) {
      const nowSeconds = Date.now() / 1000;
      const verdict = verifyHotlink(key, url.pathname, url.searchParams, nowSeconds);
      if (!verdict.ok) return forbid(response, cors, verdict.reason);
      const expiresAt = Number.parseInt(verdict.params.t, 16);
      if (!ipLimit.admit(verdict.params.sign, clientIpOf(request), verdict.rlimit, expiresAt, nowSeconds))
        return forbid(response, cors, `the URL has been played from ${verdict.rlimit} other IPs (rlimit)`);
      previewSeconds = verdict.exper;
    }
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      sendJson(response, 404, { error: "no such media (deleted, expired or never stored)" });
      return;
    }
    const type = CONTENT_TYPES[path.extname(file.path)] ?? "application/octet-stream";
    const socket = response.socket;
    const sentBefore = socket?.bytesWritten ?? 0;
    try {
      const headers = { ...cors, "Content-Type": type, "Cache-Control": "no-cache" };
      if (previewSeconds > 0 && path.extname(file.path) === ".m3u8") {
        const body = previewPlaylist(await readFile(file.path, "utf8"), previewSeconds);
        response.writeHead(200, { ...headers, "Content-Length": Buffer.byteLength(body) });
        response.end(request.method === "HEAD" ? undefined : body);
      } else {
        await serveFile(request, response, file.path, headers);
      }
    } finally {
      // What went out on the wire for this response (headers included, as a CDN counts it).
      const sent = (socket?.bytesWritten ?? sentBefore) - sentBefore;
      void options
        .usage()
        ?.recordServed(file.subAppId, sent)
        .catch(() => undefined);
    }
  };
}
