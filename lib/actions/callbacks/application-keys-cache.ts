import "server-only";
import { applications } from "@/lib/db/schema";
import type { Db } from "@/lib/db/open-database";
import type { ApplicationKey } from "@/lib/callbacks/check-delivery";
import { keyOfRow, type ApplicationKeysRow } from "@/lib/actions/callbacks/application-key";
import type { CallbackFamily } from "@/lib/callbacks/summarize-event";

/** How long the keys read once serve every delivery (the endpoint's hot path) without a query. */
export const KEYS_FRESH_MS = 2_000;
/** A delivery that fails on keys older than this reads them again before it is refused. */
export const KEYS_RECHECK_AFTER_MS = 200;

interface Snapshot {
  readAtMs: number;
  rows: ReadonlyMap<number, ApplicationKeysRow>;
}

/**
 * Every application's callback keys, read in one query and kept for KEYS_FRESH_MS, so the
 * endpoints verify a delivery without a query of their own. Keys change rarely and take effect
 * at Tencent minutes later (TRTC's console: about 5 minutes), and a rotated-out key keeps
 * verifying for a day, so a key a few seconds old verifies what Tencent sends. The one case that
 * must not wait, a key changed here (or on another instance) and used at once, is met by reading
 * again before refusing: a delivery that fails on keys older than KEYS_RECHECK_AFTER_MS is checked
 * once more on fresh ones. That bounds the reads a flood of forged posts can cause to a few per
 * second, whatever it sends. Concurrent readers share one read.
 */
export class ApplicationKeysCache {
  private snapshot: Snapshot | null = null;
  private reading: Promise<Snapshot> | undefined;

  constructor(
    private readonly db: Db,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The keys of `sdkAppId` for `family`, as `applicationKeyOf` gives them, from keys at most KEYS_FRESH_MS old. */
  async keyOf(family: CallbackFamily, sdkAppId: number | null, nowMs: number): Promise<ApplicationKey> {
    const snapshot = await this.current(KEYS_FRESH_MS);
    return keyOfRow(sdkAppId === null ? undefined : snapshot.rows.get(sdkAppId), family, nowMs);
  }

  /**
   * The keys again, read anew if those in hand are older than KEYS_RECHECK_AFTER_MS (after a
   * delivery failed on them); null when they are that fresh already, so there is nothing to retry.
   */
  async fresherKeyOf(family: CallbackFamily, sdkAppId: number | null, nowMs: number): Promise<ApplicationKey | null> {
    if (this.snapshot && this.clock() - this.snapshot.readAtMs < KEYS_RECHECK_AFTER_MS) return null;
    const snapshot = await this.current(KEYS_RECHECK_AFTER_MS);
    return keyOfRow(sdkAppId === null ? undefined : snapshot.rows.get(sdkAppId), family, nowMs);
  }

  private async current(maxAgeMs: number): Promise<Snapshot> {
    if (this.snapshot && this.clock() - this.snapshot.readAtMs < maxAgeMs) return this.snapshot;
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async read(): Promise<Snapshot> {
    const readAtMs = this.clock();
    const rows = await this.db
      .select({
        sdkAppId: applications.sdkAppId,
        cssKey: applications.callbackKey,
        trtcKey: applications.trtcCallbackKey,
        previousKey: applications.trtcCallbackPreviousKey,
        previousUntil: applications.trtcCallbackPreviousKeyUntil,
      })
      .from(applications);
    this.snapshot = { readAtMs, rows: new Map(rows.map((row) => [row.sdkAppId, row])) };
    return this.snapshot;
  }
}

const caches = new WeakMap<Db, ApplicationKeysCache>();

/** The process's cache for a database (one per database, as for the refusal counter). */
export function applicationKeysCacheFor(db: Db): ApplicationKeysCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ApplicationKeysCache(db);
    caches.set(db, cache);
  }
  return cache;
}
