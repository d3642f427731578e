import type { IncomingMessage } from "node:http";
import { commonErrors } from "../api-error";

/** Far above any API request the console sends; a guard against runaway clients, not a Tencent limit. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** The body bytes exactly as received (the TC3 signature covers them). */
export async function readBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) throw commonErrors.invalidParameter(`The request body exceeds ${maxBytes} bytes.`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
