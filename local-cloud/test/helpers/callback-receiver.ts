import { createServer, type IncomingHttpHeaders, type Server } from "node:http";

export interface ReceivedCallback {
  /** The request path: one receiver can stand for several notify URLs (`/record`, `/status`). */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Unix ms of arrival. */
  receivedAt: number;
}

/**
 * A callback receiver on 127.0.0.1: records every request and answers with the next status from
 * `statuses` (then 200). `waitFor(n)` resolves when n requests have arrived.
 */
export async function startCallbackReceiver(
  statuses: number[] = [],
  /** A fixed port, to come back where a queued delivery points; 0 picks a free one. */
  port = 0,
): Promise<{
  url: string;
  received: ReceivedCallback[];
  waitFor(count: number): Promise<ReceivedCallback[]>;
  close(): Promise<void>;
}> {
  const received: ReceivedCallback[] = [];
  const waiters: Array<{ count: number; resolve: (value: ReceivedCallback[]) => void }> = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        path: new URL(request.url ?? "/", "http://receiver").pathname,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: Date.now(),
      });
      response.writeHead(statuses.shift() ?? 200, { "Content-Type": "application/json" });
      response.end('{"code":0}');
      for (const waiter of waiters.filter((candidate) => received.length >= candidate.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve([...received]);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/callback`,
    received,
    waitFor: (count) =>
      received.length >= count
        ? Promise.resolve([...received])
        : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
