"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { ok } from "@/lib/actions/result";
import { cloudWrite } from "@/lib/cloud/call";
import { cloudClients } from "@/lib/cloud/clients";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { isIntegerRoomId } from "@/lib/rooms/room-id";
import { dismissRoomSchema } from "@/lib/schemas/room";

/** Dismisses a room: every user is removed (DismissRoom / DismissRoomByStrRoomId). */
export const dismissRoom = defineAction({
  name: "dismissRoom",
  role: "operator",
  schema: dismissRoomSchema,
  handler: async (input, { db, audit }) => {
    const { trtc } = cloudClients();
    const { sdkAppId: SdkAppId } = await getCurrentApplication(db);
    await cloudWrite(() =>
      isIntegerRoomId(input.roomId)
        ? trtc.DismissRoom({ SdkAppId, RoomId: Number(input.roomId) })
        : trtc.DismissRoomByStrRoomId({ SdkAppId, RoomId: input.roomId }),
    );
    await audit("room.dismiss", `room:${SdkAppId}/${input.roomId}`);
    revalidatePath("/rooms");
    return ok({ roomId: input.roomId });
  },
});
