import "server-only";
import type { Db } from "@/lib/db/open-database";
import { findApplication, type CurrentApplication } from "@/lib/data/applications/current-application";
import { fillMissingPushDomains } from "@/lib/actions/applications/ensure-application";

/** The domain and stream path that record and callback rules name, for one app. */
export interface KnownPushTarget {
  sdkAppId: number;
  pushDomain: string;
  streamPath: string;
}

export type PushTargetOutcome = { ok: true; target: KnownPushTarget } | { ok: false; message: string };

/**
 * The app's push target, its push domain looked up again if it is not known yet (the start may
 * have found none, or the cloud was unreachable then). Unknown still: says what to set.
 */
export async function pushTargetOf(db: Db, application: CurrentApplication): Promise<PushTargetOutcome> {
  const known = (pushDomain: string): PushTargetOutcome => ({
    ok: true,
    target: { sdkAppId: application.sdkAppId, pushDomain, streamPath: application.streamPath },
  });
  if (application.pushDomain) return known(application.pushDomain);
  const filled = await fillMissingPushDomains(db);
  const pushDomain = (await findApplication(db, application.sdkAppId))?.pushDomain;
  if (pushDomain) return known(pushDomain);
  return {
    ok: false,
    message:
      `${application.name} has no push domain yet, which its recording rules need. ${filled.problem ?? ""} Set it under Applications.`.replace(
        /\s+/g,
        " ",
      ),
  };
}

/** When CSS says the rules' domain does not exist: the push domain held for the app is the value to change. */
export const pushDomainRefusedMessage = (target: KnownPushTarget): string =>
  `CSS has no push domain ${target.pushDomain} on this account, so no rule can name it: check this application's push domain under Applications (the account's is <bizid>.livepush.myqcloud.com, listed by DescribeLiveDomains).`;
