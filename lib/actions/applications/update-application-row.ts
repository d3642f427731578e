import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { RecordingGeneration } from "@/lib/schemas/application";

export interface ApplicationChanges {
  name: string;
  generation: RecordingGeneration;
  pushDomain: string | null;
  defaultVodSubAppId: number | null;
  mediaDomainHttps: boolean;
  /** A new key; `undefined` keeps the stored one, `null` removes it. */
  mediaHotlinkKey: string | null | undefined;
}

/** What an edit changed, for the audit log: names of fields only, never a secret's value. */
export type ChangedField = keyof ApplicationChanges;

/** Writes an admin's edit of an application; returns the fields that changed, or null when the app is unknown. */
export async function updateApplication(
  db: Db,
  sdkAppId: number,
  changes: ApplicationChanges,
): Promise<ChangedField[] | null> {
  const [before] = await db.select().from(applications).where(eq(applications.sdkAppId, sdkAppId)).limit(1);
  if (!before) return null;
  const next = {
    name: changes.name,
    recordingGeneration: changes.generation,
    pushDomain: changes.pushDomain,
    defaultVodSubAppId: changes.defaultVodSubAppId,
    mediaDomainHttps: changes.mediaDomainHttps,
    ...(changes.mediaHotlinkKey !== undefined ? { mediaHotlinkKey: changes.mediaHotlinkKey } : {}),
  };
  await db.update(applications).set(next).where(eq(applications.sdkAppId, sdkAppId));
  const changed: ChangedField[] = [];
  if (before.name !== next.name) changed.push("name");
  if (before.recordingGeneration !== next.recordingGeneration) changed.push("generation");
  if (before.pushDomain !== next.pushDomain) changed.push("pushDomain");
  if (before.defaultVodSubAppId !== next.defaultVodSubAppId) changed.push("defaultVodSubAppId");
  if (before.mediaDomainHttps !== next.mediaDomainHttps) changed.push("mediaDomainHttps");
  if (changes.mediaHotlinkKey !== undefined && before.mediaHotlinkKey !== changes.mediaHotlinkKey)
    changed.push("mediaHotlinkKey");
  return changed;
}
