import "server-only";
import { cloudClients, type VodClient } from "../clients";
import { CloudError } from "../errors";
import { describeSubAppIds } from "./describe-sub-app-ids";
import { pickDefaultApplication } from "./vod-application";

/** The default application does not change; a minute keeps a changed account from lingering. */
const DEFAULT_APP_TTL_MS = 60_000;

interface Cached {
  id: Promise<number>;
  expiresAt: number;
}

/**
 * A per-client cache of the account's default VOD application id, looked up with `lookup` at
 * most once per `ttlMs` (a failed lookup is forgotten at once). `now` is Date.now in use.
 */
export function createDefaultSubAppIdCache(options: {
  ttlMs: number;
  now: () => number;
  lookup: (vod: VodClient) => Promise<number>;
}): (vod: VodClient) => Promise<number> {
  const entries = new WeakMap<VodClient, Cached>();
  return (vod) => {
    const cached = entries.get(vod);
    if (cached && cached.expiresAt > options.now()) return cached.id;
    const id = options.lookup(vod);
    entries.set(vod, { id, expiresAt: options.now() + options.ttlMs });
    id.catch(() => entries.delete(vod));
    return id;
  };
}

async function lookUpDefaultSubAppId(vod: VodClient): Promise<number> {
  const found = pickDefaultApplication(await describeSubAppIds(vod));
  if (found) return found.id;
  throw new CloudError(
    "CLOUD_VOD_SUB_APP_REQUIRED",
    "VOD lists no application for this account, and every VOD call must name one. Activate VOD in Tencent Cloud's VOD console, or set the application's VOD sub-application under Applications.",
    undefined,
    undefined,
    false,
    "vod:DescribeSubAppIds",
  );
}

const defaultSubAppId = createDefaultSubAppIdCache({
  ttlMs: DEFAULT_APP_TTL_MS,
  now: Date.now,
  lookup: lookUpDefaultSubAppId,
});

/**
 * The SubAppId a VOD call sends: the application asked for, else the account's default one
 * (found with DescribeSubAppIds, cached). Accounts that opened VOD on or after 2023-12-25 refuse
 * calls without it, the default application's included (SDK vod_models comments), so the console
 * never sends one without.
 */
export async function resolveSubAppId(requested: number | null, vod: VodClient = cloudClients().vod): Promise<number> {
  return requested ?? defaultSubAppId(vod);
}
