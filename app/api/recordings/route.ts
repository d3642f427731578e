import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { getDb } from "@/lib/db";
import { playableRecordings } from "@/lib/recordings/media-access";
import { searchRecordings } from "@/lib/recordings/search-recordings";
import { recordingSearchSchema } from "@/lib/schemas/recording-search";

export const dynamic = "force-dynamic";

/** The recordings library's search, for the page's polling (new recordings appear without a reload). */
export const GET = withRole("viewer", async (request) => {
  const search = recordingSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!search.success) {
    const message = search.error.issues.map((issue) => issue.message).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const page = await searchRecordings(search.data, application);
  // Covers are signed here, on the server, when the VOD domain has a hotlink key.
  return Response.json({ ...page, recordings: await playableRecordings(db, application.sdkAppId, page.recordings) });
});
