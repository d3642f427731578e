import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { readLiveRoom } from "@/lib/data/rooms/room-reading";
import { getDb } from "@/lib/db";
import { roomIdSchema } from "@/lib/schemas/room";

export const dynamic = "force-dynamic";

/** One room and who is in it now (`room` null when nobody is), from TRTC's events. Polled by the room page. */
export const GET = withRole("viewer", async (_request, _user, context: { params: Promise<{ roomId: string }> }) => {
  const roomId = roomIdSchema.safeParse((await context.params).roomId);
  if (!roomId.success) {
    const message = roomId.error.issues.map((issue) => issue.message).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  const db = await getDb();
  const application = await getCurrentApplication(db);
  return Response.json(await readLiveRoom(db, application.sdkAppId, roomId.data));
});
