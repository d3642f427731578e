import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import type { z } from "zod";
import type { createApplicationSchema } from "@/lib/schemas/application";
import { defaultPushTarget } from "./ensure-application";

export type NewApplication = z.output<typeof createApplicationSchema>;

/** Registers an application; an SdkAppId already registered is refused with a message. */
export async function createApplication(
  db: Db,
  input: NewApplication,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const target = defaultPushTarget(input.sdkAppId);
  const [row] = await db
    .insert(applications)
    .values({
      sdkAppId: input.sdkAppId,
      name: input.name,
      pushDomain: input.pushDomain ?? target.pushDomain,
      streamPath: target.streamPath,
      defaultVodSubAppId: input.defaultVodSubAppId ?? null,
      sdkSecretKey: input.sdkSecretKey ?? null,
    })
    .onConflictDoNothing({ target: applications.sdkAppId })
    .returning({ sdkAppId: applications.sdkAppId });
  return row ? { ok: true } : { ok: false, message: `SdkAppId ${input.sdkAppId} is already registered.` };
}
