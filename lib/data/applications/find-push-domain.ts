import "server-only";
import { describeLiveDomains } from "@/lib/cloud/live/describe-live-domains";
import { CloudError } from "@/lib/cloud/errors";
import { msg } from "@/lib/i18n/message";
import { choosePushDomain, pushDomainProblem, type PushDomainChoice } from "@/lib/applications/push-domain-choice";

/** The account's push domains as the Applications page offers them, or why they could not be read (a `msg`). */
export type PushDomainLookup =
  { ok: true; choice: PushDomainChoice; problem: string | null } | { ok: false; problem: string };

/** Looks the account's push domain up (DescribeLiveDomains); a cloud failure is a value, with its message. */
export async function findPushDomain(): Promise<PushDomainLookup> {
  try {
    const choice = choosePushDomain(await describeLiveDomains());
    return { ok: true, choice, problem: pushDomainProblem(choice) };
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    return {
      ok: false,
      problem: msg("applications.errors.pushDomainsUnreadable", { problem: error.message }),
    };
  }
}
