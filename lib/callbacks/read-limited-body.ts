export const MAX_CALLBACK_BODY_BYTES = 1024 * 1024;

export type LimitedBody = { ok: true; bytes: Buffer } | { ok: false; receivedBytes: number };

/** Reads a request body but stops at `limit` bytes, so a huge body costs no more than that. */
export async function readLimitedBody(request: Request, limit = MAX_CALLBACK_BODY_BYTES): Promise<LimitedBody> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return { ok: false, receivedBytes: declared };
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return { ok: false, receivedBytes: total };
    }
    chunks.push(Buffer.from(value));
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
