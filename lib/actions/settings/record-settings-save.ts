import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { applications, recordingSettingsHistory } from "@/lib/db/schema";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";

/** Records a save: the key goes to the application (the receiver verifies with it), the rest to history. */
export async function recordSettingsSave(
  db: Db,
  entry: { sdkAppId: number; kind: "saved" | "adopted"; settings: RecordingSettings; savedByEmail: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [application] = await tx
      .select({ key: applications.callbackKey })
      .from(applications)
      .where(eq(applications.sdkAppId, entry.sdkAppId))
      .for("update");
    const newKey = entry.settings.callbackKey || null;
    const callbackKeyChanged = (application?.key ?? null) !== newKey;
    if (callbackKeyChanged) {
      await tx
        .update(applications)
        .set({ callbackKey: newKey })
        .where(and(eq(applications.sdkAppId, entry.sdkAppId)));
    }
    const { callbackKey: _secret, ...withoutKey } = entry.settings;
    await tx.insert(recordingSettingsHistory).values({
      sdkAppId: entry.sdkAppId,
      kind: entry.kind,
      settings: withoutKey,
      callbackKeyChanged,
      savedByEmail: entry.savedByEmail,
    });
  });
}
