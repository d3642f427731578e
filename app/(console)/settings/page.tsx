import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { CloudRecordingNote } from "@/components/settings/cloud-recording-note";
import { CloudStateCard } from "@/components/settings/cloud-state-card";
import { RecordingSettingsForm } from "@/components/settings/recording-settings-form";
import { TrtcCallbacksCard } from "@/components/settings/trtc-callbacks-card";
import { Alert } from "@/components/ui/alert";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { pushTargetOf } from "@/lib/data/applications/push-target";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { getTrtcCallbackOverview } from "@/lib/data/callbacks/trtc-callback-overview";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { publicOrigin } from "@/lib/http/public-origin";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { recordingCallbackReceiver } from "@/lib/settings/callback-receiver";
import { DEFAULT_RECORDING_SETTINGS, toPublicSettings } from "@/lib/settings/public-settings";
import { getSettingsOverview } from "@/lib/data/settings/settings-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.page");
  return { title: t("metaTitle") };
}
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const origin = await publicOrigin();
  const t = await getTranslations("settings.page");
  const messageText = await getMessageText();
  // Every app has TRTC callbacks (room and media events; cloud-recording ones too on a cloud app).
  const trtcCallbacks = (
    <TrtcCallbacksCard
      appName={application.name}
      overview={await getTrtcCallbackOverview(db, application.sdkAppId, origin)}
      isAdmin={hasRole(user.role, "admin")}
      canSendTest={hasRole(user.role, "operator")}
    />
  );
  const header = (
    <PageHeader
      title={t("title")}
      description={t("description", { name: application.name, sdkAppId: String(application.sdkAppId) })}
    />
  );
  if (application.generation === "cloud")
    return (
      <>
        {header}
        <div className="flex flex-col gap-4">
          <CloudRecordingNote name={application.name} />
          {trtcCallbacks}
        </div>
      </>
    );
  const target = await pushTargetOf(db, application);
  if (!target.ok)
    return (
      <>
        {header}
        <div className="flex flex-col gap-4">
          <Alert>{messageText(target.message)}</Alert>
          {trtcCallbacks}
        </div>
      </>
    );
  const overview = await getSettingsOverview(db, target.target);
  const initial = overview.saved ?? overview.cloud ?? toPublicSettings(DEFAULT_RECORDING_SETTINGS);
  const canOperate = hasRole(user.role, "operator");
  return (
    <>
      {header}
      <p className="mb-4 text-sm">
        {t.rich("applies", {
          target: `${target.target.pushDomain}/${target.target.streamPath}`,
          link: (chunks) => (
            <Link href="/settings/history" className="text-primary underline-offset-4 hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <div className="flex flex-col gap-4">
        <CloudStateCard overview={overview} canOperate={canOperate} />
        <RecordingSettingsForm
          key={JSON.stringify(initial)}
          initial={initial}
          sdkAppId={application.sdkAppId}
          subApplications={overview.subApplications}
          callbackReceiver={recordingCallbackReceiver(origin, env.cloud.endpoint)}
          canOperate={canOperate}
        />
        {trtcCallbacks}
      </div>
    </>
  );
}
