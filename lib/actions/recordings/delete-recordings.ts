"use server";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { deleteMedia } from "@/lib/cloud/vod/delete-media";
import { deleteRecordingsSchema } from "@/lib/schemas/recording-search";

/** Deletes recordings from VOD, files included (DeleteMedia per file; operator or admin). */
export const deleteRecordings = defineAction({
  name: "deleteRecordings",
  role: "operator",
  schema: deleteRecordingsSchema,
  handler: async (input, { audit }) => {
    // One at a time: a failure stops here and says which were already deleted.
    const deleted: string[] = [];
    for (const fileId of input.fileIds) {
      await deleteMedia(fileId, input.subAppId ?? null);
      deleted.push(fileId);
      await audit("recording.delete", `media:${fileId}`, { subAppId: input.subAppId });
    }
    return ok({ deleted });
  },
});
