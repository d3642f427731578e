"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { TestDeliveryButton } from "@/components/callbacks/test-delivery-button";
import { LocalTime } from "@/components/recordings/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { generateTrtcCallbackKey } from "@/lib/actions/settings/generate-trtc-callback-key";
import { rotateTrtcCallbackKey } from "@/lib/actions/settings/rotate-trtc-callback-key";
import type { NewTrtcCallbackKey } from "@/lib/callbacks/trtc-callback-key-schema";
import type { TrtcCallbackOverview } from "@/lib/data/callbacks/trtc-callback-overview";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { TENCENT_LINKS } from "@/lib/schemas/application-constants";

/** Tencent's page of room and media callbacks (房间与媒体回调), in the viewer's language. */
const ROOM_EVENTS_DOC = { en: "https://trtc.io/document/39558", "zh-CN": "https://trtc.io/zh/document/39558" } as const;

function LastEvent({ iso, testId }: { iso: string | null; testId: string }) {
  const t = useTranslations("settings.trtc");
  return (
    <dd data-testid={testId}>
      {iso ? <LocalTime iso={iso} /> : <span className="font-medium text-destructive">{t("never")}</span>}
    </dd>
  );
}

function External({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="text-primary underline" target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}

/** The new key, shown this once: the console keeps it but never shows it again. */
function NewKeyNotice({ created }: { created: NewTrtcCallbackKey }) {
  const t = useTranslations("settings.trtc");
  const previousValidUntil = created.previousKeyValidUntil;
  return (
    <Alert variant="info" className="flex flex-col gap-2" data-testid="new-trtc-key-notice">
      <Label htmlFor="new-trtc-key">{t("newKey")}</Label>
      <Input
        id="new-trtc-key"
        readOnly
        value={created.key}
        className="font-mono"
        onFocus={(event) => event.target.select()}
      />
      <p>
        {t("copyNow")}
        {previousValidUntil ? (
          <> {t.rich("previousValidUntil", { time: () => <LocalTime iso={previousValidUntil} /> })}</>
        ) : null}
      </p>
    </Alert>
  );
}

/**
 * One application's TRTC callbacks (room and media events, cloud-recording events): the URLs and
 * key to give TRTC's console, which only admins set, and when each callback last got through.
 */
export function TrtcCallbacksCard({
  appName,
  overview,
  isAdmin,
  canSendTest,
}: {
  appName: string;
  overview: TrtcCallbackOverview;
  isAdmin: boolean;
  /** Operators and admins may send a test event (sendTestCallback's role). */
  canSendTest: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("settings.trtc");
  const locale = useLocale();
  const [created, setCreated] = useState<NewTrtcCallbackKey | null>(null);
  const onSuccess = { invalidates: [], successMessage: () => t("keyMade") };
  const previousKeyValidUntil = overview.previousKeyValidUntil;
  const generate = useActionMutation({ action: generateTrtcCallbackKey, ...onSuccess });
  const rotate = useActionMutation({ action: rotateTrtcCallbackKey, ...onSuccess });
  const isPending = generate.isPending || rotate.isPending;

  async function handleNewKey(action: typeof generate) {
    const result = await action.mutateAsync({ sdkAppId: overview.sdkAppId });
    if (!result.ok) return;
    setCreated(result.data);
    router.refresh();
  }

  return (
    <Card data-testid="trtc-callbacks-card">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {t.rich("description", {
            appName,
            console: (chunks) => <External href={TENCENT_LINKS.trtcApplications}>{chunks}</External>,
            events: (chunks) => <External href={ROOM_EVENTS_DOC[locale]}>{chunks}</External>,
          })}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-muted-foreground">{t("roomAndMediaUrl")}</dt>
          <dd className="font-mono text-xs break-all" data-testid="trtc-url-room-and-media">
            {overview.urls.roomAndMedia}
          </dd>
          <dt className="text-muted-foreground">{t("recordingUrl")}</dt>
          <dd className="font-mono text-xs break-all" data-testid="trtc-url-recording">
            {overview.urls.recording}
          </dd>
          <dt className="text-muted-foreground">{t("key")}</dt>
          <dd data-testid="trtc-key-state">
            {overview.hasKey ? t("keySet") : t("keyNone")}
            {previousKeyValidUntil ? (
              <span className="block text-muted-foreground">
                {t.rich("previousAlsoVerifies", { time: () => <LocalTime iso={previousKeyValidUntil} /> })}
              </span>
            ) : null}
          </dd>
          <dt className="text-muted-foreground">{t("lastRoomEvent")}</dt>
          <LastEvent iso={overview.lastEvents.roomAndMedia} testId="trtc-last-room-and-media" />
          <dt className="text-muted-foreground">{t("lastRecordingEvent")}</dt>
          <LastEvent iso={overview.lastEvents.recording} testId="trtc-last-recording" />
        </dl>
        {overview.lastEvents.roomAndMedia === null && overview.lastEvents.recording === null ? (
          <p className="text-muted-foreground">{t("noEventYet")}</p>
        ) : null}
        {canSendTest ? (
          <div>
            <p className="text-xs text-muted-foreground">{t("testNote")}</p>
            <TestDeliveryButton kind="trtc" />
          </div>
        ) : null}
        {created ? <NewKeyNotice created={created} /> : null}
        {isAdmin ? (
          <div className="flex justify-end">
            {overview.hasKey ? (
              <ConfirmDialog
                title={t("rotateTitle")}
                description={t("rotateDescription", { hours: String(overview.graceHours) })}
                confirmLabel={t("rotateConfirm")}
                isPending={isPending}
                onConfirm={() => void handleNewKey(rotate)}
                trigger={(open) => (
                  <Button variant="outline" onClick={open} disabled={isPending}>
                    {isPending ? t("makingKey") : t("rotate")}
                  </Button>
                )}
              />
            ) : (
              <Button onClick={() => void handleNewKey(generate)} disabled={isPending}>
                {isPending ? t("makingKey") : t("make")}
              </Button>
            )}
          </div>
        ) : (
          <p className="text-muted-foreground">{t("adminsOnly")}</p>
        )}
      </CardContent>
    </Card>
  );
}
