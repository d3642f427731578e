import { getLocale } from "next-intl/server";
import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { readFileHealths } from "@/lib/data/health/read-file-healths";
import { getDb } from "@/lib/db";
import { messageText } from "@/lib/i18n/message-text";
import { sessionPlaces } from "@/lib/data/health/read-file-session";
import { playableRecordings } from "@/lib/data/recordings/media-access";
import { searchProblemRecordings } from "@/lib/data/recordings/search-problem-recordings";
import { searchRecordings } from "@/lib/data/recordings/search-recordings";
import type { LibraryPage } from "@/lib/recordings/types";
import { recordingSearchSchema } from "@/lib/schemas/recording-search";

export const dynamic = "force-dynamic";

/** The recordings library's search, for the page's polling (new recordings appear without a reload). */
export const GET = withRole("viewer", async (request) => {
  const search = recordingSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!search.success) {
    // Each issue is a message of the schema's: in the requester's language, one sentence after another.
    const locale = await getLocale();
    const message = search.error.issues.map((issue) => messageText(issue.message, locale)).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const page =
    search.data.health === "problems"
      ? await searchProblemRecordings(db, search.data, application)
      : await searchRecordings(search.data, application);
  // Covers are signed here, on the server, when the VOD domain has a hotlink key.
  const fileIds = page.recordings.map((recording) => recording.fileId);
  const [recordings, healths, places] = await Promise.all([
    playableRecordings(db, application.sdkAppId, page.recordings),
    readFileHealths(db, application.sdkAppId, fileIds),
    sessionPlaces(db, application.sdkAppId, fileIds),
  ]);
  const body: LibraryPage = {
    ...page,
    recordings: recordings.map((recording) => ({
      ...recording,
      health: healths.get(recording.fileId) ?? null,
      piece: places.get(recording.fileId) ?? null,
    })),
  };
  return Response.json(body);
});
