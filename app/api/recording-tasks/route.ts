import { getLocale } from "next-intl/server";
import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { listRecordingTasks } from "@/lib/data/recording-tasks/recording-tasks";
import { getDb } from "@/lib/db";
import { messageText } from "@/lib/i18n/message-text";
import { roomIdSchema } from "@/lib/schemas/room";

export const dynamic = "force-dynamic";

/**
 * The recordings started from the console (one room's with `?roomId=`), their statuses brought up
 * to date with the cloud. Polled by the room page and the task list.
 */
export const GET = withRole("viewer", async (request) => {
  const raw = new URL(request.url).searchParams.get("roomId");
  const roomId = raw === null ? null : roomIdSchema.safeParse(raw);
  if (roomId && !roomId.success) {
    // The schema's messages are catalog messages: the response says them in the caller's language.
    const locale = await getLocale();
    const message = roomId.error.issues.map((issue) => messageText(issue.message, locale)).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  const db = await getDb();
  const { sdkAppId } = await getCurrentApplication(db);
  const recordings = await listRecordingTasks(db, sdkAppId, roomId ? { roomId: roomId.data } : {});
  return Response.json({ recordings });
});
