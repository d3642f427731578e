import "server-only";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application";
import { streamPathOf } from "@/lib/applications/push-domain-choice";

export interface NewApplication {
  sdkAppId: number;
  name: string;
  generation: RecordingGeneration;
  /** The account's push domain as found or chosen; null: none (a cloud-recording app may do without). */
  pushDomain: string | null;
  defaultVodSubAppId?: number;
  sdkSecretKey?: string;
}

/** Registers an application; an SdkAppId already registered is refused with a message. */
export async function createApplication(
  db: Db,
  input: NewApplication,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const [row] = await db
    .insert(applications)
    .values({
      sdkAppId: input.sdkAppId,
      name: input.name,
      recordingGeneration: input.generation,
      pushDomain: input.pushDomain,
      streamPath: streamPathOf(input.sdkAppId),
      defaultVodSubAppId: input.defaultVodSubAppId ?? null,
      sdkSecretKey: input.sdkSecretKey ?? null,
    })
    .onConflictDoNothing({ target: applications.sdkAppId })
    .returning({ sdkAppId: applications.sdkAppId });
  return row
    ? { ok: true }
    : { ok: false, message: msg("applications.errors.alreadyRegistered", { sdkAppId: String(input.sdkAppId) }) };
}
