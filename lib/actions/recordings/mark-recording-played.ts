"use server";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { markFirstPlayed } from "@/lib/data/recordings/mark-first-played";
import { recordingLocationSchema } from "@/lib/schemas/recording-search";

const markRecordingPlayedSchema = recordingLocationSchema.pick({ fileId: true });

/**
 * The player started playing a recording (its `playing` event, once per page view): the Overview's
 * checklist then shows the app's first playback. Anyone who may play may mark. No audit entry: it
 * changes nothing an admin acts on. A file of another app, or one the console does not know, is
 * left alone and still answers ok: the browser has nothing to do about it.
 */
export const markRecordingPlayed = defineAction({
  name: "markRecordingPlayed",
  role: "viewer",
  schema: markRecordingPlayedSchema,
  handler: async ({ fileId }, { db }) => {
    const application = await getCurrentApplication(db);
    const marked = await markFirstPlayed(db, application.sdkAppId, fileId);
    return ok({ marked });
  },
});
