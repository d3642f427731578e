"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { dismissRoom as dismissCloudRoom } from "@/lib/cloud/trtc/dismiss-room";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { dismissRoomSchema } from "@/lib/schemas/room";

/** Dismisses a room: every user is removed (DismissRoom / DismissRoomByStrRoomId). */
export const dismissRoom = defineAction({
  name: "dismissRoom",
  role: "operator",
  schema: dismissRoomSchema,
  handler: async (input, { db, audit }) => {
    const { sdkAppId: SdkAppId } = await getCurrentApplication(db);
    await dismissCloudRoom({ sdkAppId: SdkAppId, roomId: input.roomId });
    await audit("room.dismiss", `room:${SdkAppId}/${input.roomId}`);
    revalidatePath("/rooms");
    return ok({ roomId: input.roomId });
  },
});
