import type { UsageRange } from "@/lib/schemas/usage-range";

/** Keys of the cost queries; the usage page's server prefetch uses the same ones. */
export const costKeys = {
  all: () => ["costs"] as const,
  usage: (range: UsageRange) => ["costs", "usage", range.from, range.to] as const,
  prices: () => ["costs", "prices"] as const,
};
