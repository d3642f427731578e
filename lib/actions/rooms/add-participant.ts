"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { startStreamIngest } from "@/lib/cloud/trtc/start-stream-ingest";
import { getCurrentApplication, sdkSecretKeyOf } from "@/lib/data/applications/current-application";
import { addParticipantSchema } from "@/lib/schemas/room";

/** Adds a participant that publishes a media URL into a room (TRTC StartStreamIngest). */
export const addParticipant = defineAction({
  name: "addParticipant",
  role: "operator",
  schema: addParticipantSchema,
  handler: async (input, { db, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const sdkSecretKey = await sdkSecretKeyOf(db, sdkAppId);
    const { taskId } = await startStreamIngest({ sdkAppId, sdkSecretKey, ...input });
    await audit("room.participant.add", `room:${sdkAppId}/${input.roomId}`, {
      userId: input.userId,
      streamUrl: input.streamUrl,
      taskId,
    });
    revalidatePath("/rooms");
    return ok({ taskId });
  },
});
