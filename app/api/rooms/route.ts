import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { readLiveRooms } from "@/lib/data/rooms/room-reading";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/**
 * The app's live rooms, folded from TRTC's room and media events in the console's own database:
 * polled every second by the rooms page, so it never calls Tencent (but for stale rooms, once).
 */
export const GET = withRole("viewer", async () => {
  const db = await getDb();
  const application = await getCurrentApplication(db);
  return Response.json({ sdkAppId: application.sdkAppId, ...(await readLiveRooms(db, application.sdkAppId)) });
});
