import type { PGlite } from "@electric-sql/pglite";
import { overlapSeconds, type UsageBucket } from "./usage-window";
import type { UsageMetric, UsageTier } from "./usage-tiers";

export interface UsageEntry {
  sdkAppId: number;
  metric: UsageMetric;
  tier: UsageTier;
  startMs: number;
  endMs: number;
}

interface UsageRow {
  sdk_app_id: string;
  tier: string;
  start_ms: string;
  end_ms: string;
}

/** Seconds of usage per bucket and tier, per app. */
export type UsageTotals = Map<number, Array<Map<string, number>>>;

/** The billable work the local cloud did, kept so that the usage actions report what really happened. */
export class UsageLedger {
  constructor(private readonly db: PGlite) {}

  async record(entry: UsageEntry): Promise<void> {
    if (entry.endMs <= entry.startMs) return;
    await this.db.query(
      "insert into usage_records (sdk_app_id, metric, tier, start_ms, end_ms) values ($1, $2, $3, $4, $5)",
      [entry.sdkAppId, entry.metric, entry.tier, entry.startMs, entry.endMs],
    );
  }

  /**
   * Seconds of `metric` in each bucket, by tier, for each app (or one app): a stretch spanning two
   * buckets counts in each for its share.
   */
  async totals(metric: UsageMetric, buckets: UsageBucket[], sdkAppId?: number): Promise<UsageTotals> {
    const first = buckets[0];
    const last = buckets.at(-1);
    const totals: UsageTotals = new Map();
    if (!first || !last) return totals;
    const result = await this.db.query<UsageRow>(
      `select sdk_app_id, tier, start_ms, end_ms from usage_records
       where metric = $1 and start_ms < $3 and end_ms > $2 and ($4::bigint is null or sdk_app_id = $4)`,
      [metric, first.startMs, last.endMs, sdkAppId ?? null],
    );
    for (const row of result.rows) {
      const app = Number(row.sdk_app_id);
      const perBucket = totals.get(app) ?? buckets.map(() => new Map<string, number>());
      totals.set(app, perBucket);
      buckets.forEach((bucket, index) => {
        const seconds = overlapSeconds(Number(row.start_ms), Number(row.end_ms), bucket.startMs, bucket.endMs);
        const tiers = perBucket[index];
        if (seconds > 0 && tiers) tiers.set(row.tier, (tiers.get(row.tier) ?? 0) + seconds);
      });
    }
    return totals;
  }

  async reset(): Promise<void> {
    await this.db.query("delete from usage_records");
  }
}
