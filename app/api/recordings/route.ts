import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/applications/current-application";
import { getDb } from "@/lib/db";
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
  const application = await getCurrentApplication(await getDb());
  return Response.json(await searchRecordings(search.data, application));
});
