import { getLocale } from "next-intl/server";
import { withRole } from "@/lib/api/with-role";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { getDb } from "@/lib/db";
import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/i18n/message-text";
import { recordingDownload } from "@/lib/data/recordings/download-recording";
import { findRecording } from "@/lib/data/recordings/get-recording";
import { mediaAccessOf } from "@/lib/data/recordings/media-access";
import { recordingLocationSchema } from "@/lib/schemas/recording-search";

export const dynamic = "force-dynamic";

/**
 * Downloads a recording as one file. Browsers ignore `<a download>` for another origin (VOD's), so
 * the console serves the file from its own origin with `Content-Disposition: attachment`; any
 * signed-in user may, since every one of them may play it. The console fetches over https where the
 * domain serves it and signs each file with the domain's hotlink key, server-side.
 */
export const GET = withRole("viewer", async (request, _user, context: { params: Promise<{ fileId: string }> }) => {
  const location = recordingLocationSchema.safeParse({
    fileId: (await context.params).fileId,
    subAppId: new URL(request.url).searchParams.get("subAppId"),
  });
  const locale = await getLocale();
  if (!location.success) {
    // Each issue is a message of the schema's: in the requester's language, one sentence after another.
    const message = location.error.issues.map((issue) => messageText(issue.message, locale)).join(" ");
    return Response.json({ error: { code: "VALIDATION", message } }, { status: 400 });
  }
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const recording = await findRecording(db, application, location.data.fileId, location.data.subAppId);
  if (!recording) {
    return Response.json(
      { error: { code: "NOT_FOUND", message: messageText(msg("recordings.errors.noSuchRecording"), locale) } },
      { status: 404 },
    );
  }
  return recordingDownload(recording, await mediaAccessOf(db, application.sdkAppId));
});
