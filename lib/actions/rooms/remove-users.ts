"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { removeUser } from "@/lib/cloud/trtc/remove-user";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { removeUsersSchema } from "@/lib/schemas/room";

/** Removes users from a room (RemoveUser for integer rooms, RemoveUserByStrRoomId otherwise). */
export const removeUsers = defineAction({
  name: "removeUsers",
  role: "operator",
  schema: removeUsersSchema,
  handler: async (input, { db, audit }) => {
    const { sdkAppId: SdkAppId } = await getCurrentApplication(db);
    await removeUser({ sdkAppId: SdkAppId, roomId: input.roomId, userIds: input.userIds });
    await audit("room.users.remove", `room:${SdkAppId}/${input.roomId}`, { userIds: input.userIds });
    revalidatePath("/rooms");
    return ok({ removed: input.userIds });
  },
});
