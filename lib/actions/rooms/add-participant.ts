"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { cloudWrite } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { generateUserSig } from "@/lib/cloud/user-sig";
import { getCurrentApplication, sdkSecretKeyOf } from "@/lib/applications/current-application";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { addParticipantSchema } from "@/lib/schemas/room";

/** Adds a participant that publishes a media URL into a room (TRTC StartStreamIngest). */
export const addParticipant = defineAction({
  name: "addParticipant",
  role: "operator",
  schema: addParticipantSchema,
  handler: async (input, { db, audit }) => {
    const { sdkAppId } = await getCurrentApplication(db);
    const sdkSecretKey = await sdkSecretKeyOf(db, sdkAppId);
    const response = await cloudWrite(() =>
      cloudClients().trtc.StartStreamIngest({
        SdkAppId: sdkAppId,
        RoomId: input.roomId,
        RoomIdType: isIntegerRoomId(input.roomId) ? 1 : 0,
        UserId: input.userId,
        UserSig: generateUserSig({ sdkAppId, sdkSecretKey, userId: input.userId }),
        StreamUrl: input.streamUrl,
        RepeatNum: input.isLooping ? -1 : 1,
        ...(input.isLooping ? { MaxDuration: 120 } : {}),
      }),
    );
    await audit("room.participant.add", `room:${sdkAppId}/${input.roomId}`, {
      userId: input.userId,
      streamUrl: input.streamUrl,
      taskId: response.TaskId,
    });
    revalidatePath("/rooms");
    return ok({ taskId: response.TaskId ?? "" });
  },
});
