"use server";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { cloudWrite } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { deleteRecordingsSchema } from "@/lib/schemas/recording-search";

/** Deletes recordings from VOD, files included (DeleteMedia per file; operator or admin). */
export const deleteRecordings = defineAction({
  name: "deleteRecordings",
  role: "operator",
  schema: deleteRecordingsSchema,
  handler: async (input, { audit }) => {
    const vod = cloudClients().vod;
    // One at a time: a failure stops here and says which were already deleted.
    const deleted: string[] = [];
    for (const fileId of input.fileIds) {
      await cloudWrite(() =>
        vod.DeleteMedia({ FileId: fileId, ...(input.subAppId ? { SubAppId: input.subAppId } : {}) }),
      );
      deleted.push(fileId);
      await audit("recording.delete", `media:${fileId}`, { subAppId: input.subAppId });
    }
    return ok({ deleted });
  },
});
