import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { listLiveRooms } from "@/lib/data/rooms";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export const GET = withRole("viewer", async () => {
  const application = await getCurrentApplication(await getDb());
  return Response.json({ sdkAppId: application.sdkAppId, rooms: await listLiveRooms(application.sdkAppId) });
});
