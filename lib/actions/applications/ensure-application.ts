import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { StartupApplication } from "@/lib/env";
import { findPushDomain } from "@/lib/data/applications/find-push-domain";
import { streamPathOf } from "@/lib/applications/push-domain-choice";

/**
 * Registers the applications the environment names if they are not there yet, in order; never
 * overwrites an admin's edits. Their push domain is found afterwards (fillMissingPushDomains).
 */
export async function ensureApplications(db: Db, startup: readonly StartupApplication[]): Promise<void> {
  for (const app of startup) {
    await db
      .insert(applications)
      .values({
        sdkAppId: app.sdkAppId,
        name: app.name,
        recordingGeneration: app.generation,
        pushDomain: null,
        streamPath: streamPathOf(app.sdkAppId),
      })
      .onConflictDoNothing({ target: applications.sdkAppId });
  }
}

/**
 * Gives every application without a push domain the account's, when DescribeLiveDomains names
 * exactly one (the domain is per account, so one lookup serves them all). Otherwise the
 * Applications page asks, and the settings say so when they need it. Returns what it found out.
 */
export async function fillMissingPushDomains(db: Db): Promise<{ filled: number[]; problem: string | null }> {
  const missing = await db
    .select({ sdkAppId: applications.sdkAppId })
    .from(applications)
    .where(isNull(applications.pushDomain));
  if (missing.length === 0) return { filled: [], problem: null };
  const lookup = await findPushDomain();
  if (!lookup.ok || lookup.choice.kind !== "one") return { filled: [], problem: lookup.problem };
  const domain = lookup.choice.domain;
  const filled: number[] = [];
  for (const { sdkAppId } of missing) {
    const [row] = await db
      .update(applications)
      .set({ pushDomain: domain })
      .where(and(eq(applications.sdkAppId, sdkAppId), isNull(applications.pushDomain)))
      .returning({ sdkAppId: applications.sdkAppId });
    if (row) filled.push(row.sdkAppId);
  }
  return { filled, problem: null };
}
