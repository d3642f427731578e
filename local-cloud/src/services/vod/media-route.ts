import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { sendJson } from "../../core/http/send-json";
import { serveFile } from "../../core/http/serve-file";
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
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Content-Length, Content-Range, Accept-Ranges",
};
const MEDIA_PATH = /^\/vod\/(\d+)\/([^/]+)$/;

/**
 * `GET /vod/<FileId>/<file>`: media files with Range and CORS, so a browser anywhere plays them.
 * Every byte sent is counted as playback traffic (DescribeCDNUsageData).
 */
export function createVodMediaRoute(library: () => VodLibrary | undefined, usage: () => VodUsage | undefined) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const match = MEDIA_PATH.exec(new URL(request.url ?? "/", "http://local").pathname);
    const current = library();
    const file = match && current ? await current.servedFile(match[1] ?? "", decodeURIComponent(match[2] ?? "")) : null;
    if (request.method === "OPTIONS") {
      response.writeHead(204, {
        ...CORS,
        "Access-Control-Allow-Headers": "Range",
        "Access-Control-Allow-Methods": "GET, HEAD",
      });
      response.end();
      return;
    }
    if (!file || (request.method !== "GET" && request.method !== "HEAD")) {
      sendJson(response, 404, { error: "no such media (deleted, expired or never stored)" });
      return;
    }
    const type = CONTENT_TYPES[path.extname(file.path)] ?? "application/octet-stream";
    const socket = response.socket;
    const sentBefore = socket?.bytesWritten ?? 0;
    try {
      await serveFile(request, response, file.path, { ...CORS, "Content-Type": type, "Cache-Control": "no-cache" });
    } finally {
      // What went out on the wire for this response (headers included, as a CDN counts it).
      const sent = (socket?.bytesWritten ?? sentBefore) - sentBefore;
      void usage()
        ?.recordServed(file.subAppId, sent)
        .catch(() => undefined);
    }
  };
}
