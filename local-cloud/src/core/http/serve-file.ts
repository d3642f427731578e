import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";

type ByteRange = { start: number; end: number };

/**
 * One `bytes=` range against a file of `size` bytes: undefined when there is no usable Range
 * header (serve everything), "unsatisfiable" when it lies outside the file.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return undefined;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return undefined;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(size - suffix, 0), end: size - 1 };
  }
  const start = Number(from);
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** Serves a file with Range support (206), as a `<video>` element needs for seeking. */
export async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  filePath: string,
  headers: Record<string, string>,
): Promise<void> {
  const { size } = await stat(filePath);
  const range = parseByteRange(request.headers.range, size);
  const common = { ...headers, "Accept-Ranges": "bytes" };
  if (range === "unsatisfiable") {
    response.writeHead(416, { ...common, "Content-Range": `bytes */${size}` });
    response.end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  response.writeHead(range ? 206 : 200, {
    ...common,
    "Content-Length": String(size === 0 ? 0 : end - start + 1),
    ...(range ? { "Content-Range": `bytes ${start}-${end}/${size}` } : {}),
  });
  if (request.method === "HEAD" || size === 0) {
    response.end();
    return;
  }
  try {
    await pipeline(createReadStream(filePath, { start, end }), response);
  } catch (error) {
    // A player that has read what it needs (a probe, a seek) hangs up mid-file: not a fault.
    if ((error as NodeJS.ErrnoException).code === "ERR_STREAM_PREMATURE_CLOSE" && request.destroyed) return;
    throw error;
  }
}
