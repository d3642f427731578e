import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FileAvailability } from "@/components/health/file-availability";
import { QualityCheckCard } from "@/components/health/quality-check-card";
import { SessionPiecesCard } from "@/components/health/session-pieces-card";
import { PageHeader } from "@/components/layout/page-header";
import { MediaPlayer } from "@/components/recordings/media-player";
import { RecordingActions } from "@/components/recordings/recording-actions";
import { RecordingCallbacks } from "@/components/recordings/recording-callbacks";
import { RecordingDetails } from "@/components/recordings/recording-details";
import { Alert } from "@/components/ui/alert";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { callbacksForFile } from "@/lib/data/callbacks/callbacks-for-file";
import { getCostPrices } from "@/lib/data/costs/cost-prices";
import { getDb } from "@/lib/db";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { findRecording } from "@/lib/data/recordings/get-recording";
import { playableRecordings } from "@/lib/data/recordings/media-access";
import { foreignRecordingProblem } from "@/lib/recordings/recording-owner";
import { recordingLocationSchema } from "@/lib/schemas/recording-search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("recordings.page"))("recordingTitle") };
}
export const dynamic = "force-dynamic";

export default async function RecordingPage(props: {
  params: Promise<{ fileId: string }>;
  searchParams: Promise<{ subAppId?: string }>;
}) {
  const user = await requirePageUser("viewer");
  const location = recordingLocationSchema.safeParse({ ...(await props.searchParams), ...(await props.params) });
  if (!location.success) notFound();
  const { fileId, subAppId } = location.data;
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const [found, callbacks, prices] = await Promise.all([
    findRecording(db, application, fileId, subAppId),
    callbacksForFile(db, application.sdkAppId, fileId),
    getCostPrices(),
  ]);
  if (!found) notFound();
  // Signed on the server (the hotlink key never reaches the browser), valid past the media's length.
  const [recording = found] = await playableRecordings(db, application.sdkAppId, [found]);
  // A link may name another app's file: it plays, but only its own app changes or deletes it.
  const foreign = foreignRecordingProblem(found, application);
  const [t, messageText] = await Promise.all([getTranslations("recordings.page"), getMessageText()]);
  return (
    <>
      <PageHeader title={recording.name} description={t("recordingDescription")} />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <MediaPlayer
            fileId={recording.fileId}
            type={recording.type}
            url={recording.playbackUrl}
            poster={recording.coverUrl}
          />
          {foreign ? <Alert variant="info">{t("foreignNotice", { problem: messageText(foreign) })}</Alert> : null}
          <RecordingActions recording={recording} canOperate={hasRole(user.role, "operator") && !foreign} />
        </div>
        <div className="flex flex-col gap-4">
          <RecordingDetails recording={recording} prices={prices.CNY} />
          <RecordingCallbacks callbacks={callbacks} />
          <QualityCheckCard
            db={db}
            sdkAppId={application.sdkAppId}
            fileId={recording.fileId}
            canOperate={hasRole(user.role, "operator")}
          />
          <SessionPiecesCard
            db={db}
            sdkAppId={application.sdkAppId}
            fileId={recording.fileId}
            canOperate={hasRole(user.role, "operator") && !foreign}
          />
          <FileAvailability db={db} sdkAppId={application.sdkAppId} recording={recording} callbacks={callbacks} />
        </div>
      </div>
    </>
  );
}
