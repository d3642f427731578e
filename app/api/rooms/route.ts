import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { readLiveRooms } from "@/lib/data/room-reading";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

/** The app's live rooms, or why the app cannot list them (no package for TRTC's room queries). */
export const GET = withRole("viewer", async () => {
  const application = await getCurrentApplication(await getDb());
  return Response.json({ sdkAppId: application.sdkAppId, ...(await readLiveRooms(application.sdkAppId)) });
});
