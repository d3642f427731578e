"use server";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { fail, ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { applications } from "@/lib/db/schema";
import { msg } from "@/lib/i18n/message";
import { issueKey } from "@/lib/schemas/form-fields";
import { recordingSettingsFormSchema, recordingSettingsSchema } from "@/lib/schemas/recording-settings";
import { applyRecordingSettings } from "@/lib/actions/settings/apply-recording-settings";
import { diffAgainstCloud, type SettingDifference } from "@/lib/settings/diff-settings";
import { settingsFromCloud } from "@/lib/settings/from-cloud";
import { toPublicSettings, type PublicSettings } from "@/lib/settings/public-settings";
import { recordSettingsSave } from "@/lib/actions/settings/record-settings-save";
import { explainingPushDomain, settingsTargetOf } from "./settings-target";

export interface SaveSettingsOutcome {
  cloud: PublicSettings;
  /** Fields the cloud holds differently from what was saved, right after applying (normally none). */
  differences: SettingDifference[];
}

/**
 * Applies the recording settings of the selected application to the cloud (live API record and
 * callback templates and rules), reads them back, and records the save with who and when.
 */
export const saveRecordingSettings = defineAction({
  name: "saveRecordingSettings",
  role: "operator",
  schema: recordingSettingsFormSchema,
  handler: async (input, { db, user, audit }) => {
    const application = await getCurrentApplication(db);
    const target = await settingsTargetOf(db, application);
    if (!target.ok) return fail(target.error);
    const { keepStoredCallbackKey, ...fields } = input;
    let callbackKey = fields.callbackKey;
    if (!callbackKey && keepStoredCallbackKey) {
      const [row] = await db
        .select({ key: applications.callbackKey })
        .from(applications)
        .where(eq(applications.sdkAppId, application.sdkAppId));
      callbackKey = row?.key ?? "";
    }
    // The form schema checked the fields; only the stored key read just now is new here.
    const settings = recordingSettingsSchema.safeParse({ ...fields, callbackKey });
    if (!settings.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of settings.error.issues) (fieldErrors[issueKey(issue.path)] ??= []).push(issue.message);
      return fail({ code: "VALIDATION", message: msg("errors.someValuesInvalid"), fieldErrors });
    }
    const applied = await explainingPushDomain(target.target, () =>
      applyRecordingSettings(target.target, settings.data),
    );
    if (!applied.ok) return fail(applied.error);
    const setup = applied.data;
    const cloud = settingsFromCloud({ ...setup, fallback: settings.data });
    await recordSettingsSave(db, {
      sdkAppId: application.sdkAppId,
      kind: "saved",
      settings: settings.data,
      savedByEmail: user.email,
    });
    await audit("settings.recording.save", `application:${application.sdkAppId}`, {
      enabled: settings.data.enabled,
      mode: settings.data.mode,
      formats: settings.data.formats,
    });
    revalidatePath("/settings", "layout");
    return ok<SaveSettingsOutcome>({
      cloud: toPublicSettings(cloud),
      differences: diffAgainstCloud(settings.data, cloud),
    });
  },
});
