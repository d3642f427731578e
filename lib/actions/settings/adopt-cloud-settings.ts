"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { DEFAULT_RECORDING_SETTINGS } from "@/lib/settings/public-settings";
import { readCloudSettings } from "@/lib/data/settings/settings-overview";
import { recordSettingsSave } from "@/lib/actions/settings/record-settings-save";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { settingsTargetOf } from "./settings-target";

/** Takes what the cloud holds (changed elsewhere) as the console's settings, without changing the cloud. */
export const adoptCloudSettings = defineAction({
  name: "adoptCloudSettings",
  role: "operator",
  schema: z.object({}),
  handler: async (_input, { db, user, audit }) => {
    const application = await getCurrentApplication(db);
    const target = await settingsTargetOf(db, application);
    if (!target.ok) return fail(target.error);
    const saved = await lastSavedSettings(db, application.sdkAppId);
    const cloud = await readCloudSettings(target.target, saved ?? DEFAULT_RECORDING_SETTINGS);
    await recordSettingsSave(db, {
      sdkAppId: application.sdkAppId,
      kind: "adopted",
      settings: cloud,
      savedByEmail: user.email,
    });
    await audit("settings.recording.adopt", `application:${application.sdkAppId}`);
    revalidatePath("/settings", "layout");
    return ok({ adopted: true });
  },
});
