import "server-only";
import { findPushDomain } from "@/lib/data/applications/find-push-domain";
import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";

export type PushDomainOutcome = { ok: true; pushDomain: string | null } | { ok: false; message: string };

/**
 * The push domain an added or edited app gets: the one the admin chose, else the account's only
 * one (DescribeLiveDomains). Several, or none for a legacy app (whose recording rules need one),
 * is a question back to the admin. A cloud-recording app may do without: its tasks need no CSS.
 */
export async function pushDomainFor(
  chosen: string | undefined,
  generation: RecordingGeneration,
): Promise<PushDomainOutcome> {
  if (chosen) return { ok: true, pushDomain: chosen };
  const lookup = await findPushDomain();
  if (lookup.ok && lookup.choice.kind === "one") return { ok: true, pushDomain: lookup.choice.domain };
  if (lookup.ok && lookup.choice.kind === "none" && generation === "cloud") return { ok: true, pushDomain: null };
  return { ok: false, message: lookup.problem ?? msg("applications.errors.enterPushDomain") };
}
