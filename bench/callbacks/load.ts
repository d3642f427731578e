import autocannon from "autocannon";
import type { SignedDelivery } from "./trtc-deliveries";

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  statuses: Record<string, number>;
  errors: number;
}

/**
 * Sends `amount` POSTs to `url` over `connections` keep-alive connections (autocannon), the i-th
 * made by `deliveryOf(i)` just before it goes out (so a `CallbackTs` is fresh).
 */
export async function postMany(
  url: string,
  options: { amount: number; connections: number; deliveryOf: (index: number) => SignedDelivery },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections: options.connections,
    amount: options.amount,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const delivery = options.deliveryOf(next++);
          return { ...request, body: delivery.body, headers: { ...request.headers, ...delivery.headers } };
        },
      },
    ],
  });
  return summarize(result);
}

/** The same, as GETs of one URL: the baseline of what the server answers with no work behind it. */
export async function getMany(url: string, options: { amount: number; connections: number }): Promise<LoadResult> {
  return summarize(await autocannon({ url, connections: options.connections, amount: options.amount, timeout: 30 }));
}

function summarize(result: autocannon.Result): LoadResult {
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stats.count ?? 0;
  const requests = Object.values(statuses).reduce((total, count) => total + count, 0);
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  return {
    requests,
    seconds,
    perSecond: requests / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    errors: result.errors,
  };
}
