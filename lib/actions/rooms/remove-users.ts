"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { cloudWrite } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { removeUsersSchema } from "@/lib/schemas/room";

/** Removes users from a room (RemoveUser for integer rooms, RemoveUserByStrRoomId otherwise). */
export const removeUsers = defineAction({
  name: "removeUsers",
  role: "operator",
  schema: removeUsersSchema,
  handler: async (input, { db, audit }) => {
    const { trtc } = cloudClients();
    const { sdkAppId: SdkAppId } = await getCurrentApplication(db);
    await cloudWrite(() =>
      isIntegerRoomId(input.roomId)
        ? trtc.RemoveUser({ SdkAppId, RoomId: Number(input.roomId), UserIds: input.userIds })
        : trtc.RemoveUserByStrRoomId({ SdkAppId, RoomId: input.roomId, UserIds: input.userIds }),
    );
    await audit("room.users.remove", `room:${SdkAppId}/${input.roomId}`, { userIds: input.userIds });
    revalidatePath("/rooms");
    return ok({ removed: input.userIds });
  },
});
