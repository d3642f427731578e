import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serveFile } from "../../local-cloud/src/core/http/serve-file";

const CONTENT_TYPES: Record<string, string> = {
  ".mp4": "video/mp4",
  ".m3u8": "application/vnd.apple.mpegurl",
  ".ts": "video/mp2t",
};

export interface MediaServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** Requests and body bytes served since the last call: what one command read. */
  takeTraffic(): { requests: number; bytes: number };
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1 with the local cloud's own file serving (Range,
 * 206), so the check reads its media through a URL as it does from VOD.
 */
export async function startMediaServer(root: string): Promise<MediaServer> {
  let requests = 0;
  let bytes = 0;
  const server = createServer((request, response) => {
    const relative = decodeURIComponent(new URL(request.url ?? "/", "http://local").pathname);
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root + path.sep) || !existsSync(file)) return void response.writeHead(404).end();
    requests += 1;
    const socket = response.socket;
    const before = socket?.bytesWritten ?? 0;
    response.once("finish", () => (bytes += (socket?.bytesWritten ?? before) - before));
    const headers = { "Content-Type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream" };
    serveFile(request, response, file, headers).catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    takeTraffic: () => {
      const traffic = { requests, bytes };
      requests = 0;
      bytes = 0;
      return traffic;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
