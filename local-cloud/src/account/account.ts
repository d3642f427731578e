import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "../core/logger";
import { pushDomainOf, type AccountConfig, type AppConfig } from "@shared/local-cloud-account";
import { parseAccountConfig } from "./account-schema";

interface AccountRow {
  configured: unknown;
  current: unknown;
  created_at: Date;
}

/** JSON with object keys sorted: jsonb reorders keys, so stored and given accounts compare by this. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * The account the local cloud imposes (shared/local-cloud-account.ts), as the control plane last set it. Every
 * part reads it through `current()` at the moment it decides, so a change applies to the next call.
 * Persisted in the local cloud's store: control-plane changes survive a restart with the same
 * start-up account; a start with a different start-up account (the environment changed) takes that.
 */
export class Account {
  private config: AccountConfig;

  private constructor(
    private readonly db: PGlite,
    config: AccountConfig,
    /** When the account was first stored: the push domain's `CreateTime`. */
    readonly createdAt: Date,
  ) {
    this.config = deepFreeze(config);
  }

  /** Loads the stored account, or stores `configured` (already validated) when there is none or it changed. */
  static async open(db: PGlite, configured: AccountConfig, logger: Logger): Promise<Account> {
    const stored = (await db.query<AccountRow>("select configured, current, created_at from local_cloud_account"))
      .rows[0];
    const configuredJson = JSON.stringify(configured);
    if (stored && canonicalJson(stored.configured) === canonicalJson(configured)) {
      try {
        return new Account(db, parseAccountConfig(stored.current), stored.created_at);
      } catch (error) {
        // A stored account from an older shape: the start-up one is the best there is.
        logger.warn(
          `the stored account is no longer valid (${error instanceof Error ? error.message : String(error)}); using the start-up account`,
        );
      }
    } else if (stored) {
      logger.info("the start-up account differs from the one stored: it replaces the stored account");
    }
    const saved = await db.query<{ created_at: Date }>(
      `insert into local_cloud_account (id, configured, current) values (1, $1, $1)
       on conflict (id) do update set configured = $1, current = $1, updated_at = now()
       returning created_at`,
      [configuredJson],
    );
    return new Account(db, configured, saved.rows[0]?.created_at ?? new Date());
  }

  /** The account now (frozen: change it with `update`). */
  current(): AccountConfig {
    return this.config;
  }

  /** The TRTC app, or undefined when the account has none of that id. */
  app(sdkAppId: number): AppConfig | undefined {
    return this.config.apps.find((app) => app.sdkAppId === sdkAppId);
  }

  /** `<bizId>.livepush.myqcloud.com`, whether or not relay to CDN is enabled (`hasPushDomain`). */
  pushDomain(): string {
    return pushDomainOf(this.config.bizId);
  }

  /** Replaces the whole account (the control plane's PUT); throws AccountConfigError for an invalid one. */
  async update(next: unknown): Promise<AccountConfig> {
    const config = parseAccountConfig(next);
    await this.db.query("update local_cloud_account set current = $1, updated_at = now() where id = 1", [
      JSON.stringify(config),
    ]);
    this.config = deepFreeze(config);
    return this.config;
  }
}
