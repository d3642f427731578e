import { getLocale } from "next-intl/server";
import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { readLiveRoom } from "@/lib/data/rooms/room-reading";
import { getDb } from "@/lib/db";
import { messageText } from "@/lib/i18n/message-text";
import { roomIdSchema } from "@/lib/schemas/room";

export const dynamic = "force-dynamic";

/** One room and who is in it now (`room` null when nobody is), from TRTC's events. Polled by the room page. */
export const GET = withRole("viewer", async (_request, _user, context: { params: Promise<{ roomId: string }> }) => {
  const roomId = roomIdSchema.safeParse((await context.params).roomId);
  if (!roomId.success) {
    // Each issue is a message of the schema's: in the requester's language, one sentence after another.
    const locale = await getLocale();
    const message = roomId.error.issues.map((issue) => messageText(issue.message, locale)).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  const db = await getDb();
  const application = await getCurrentApplication(db);
  return Response.json(await readLiveRoom(db, application.sdkAppId, roomId.data));
});
