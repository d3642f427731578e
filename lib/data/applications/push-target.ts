import "server-only";
import type { Db } from "@/lib/db/open-database";
import { msg } from "@/lib/i18n/message";
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
  const message = filled.problem
    ? msg("applications.errors.noPushDomainYetBecause", { name: application.name, problem: filled.problem })
    : msg("applications.errors.noPushDomainYet", { name: application.name });
  return { ok: false, message };
}

/** When CSS says the rules' domain does not exist: the push domain held for the app is the value to change. */
export const pushDomainRefusedMessage = (target: KnownPushTarget): string =>
  msg("applications.errors.pushDomainRefused", { pushDomain: target.pushDomain });
