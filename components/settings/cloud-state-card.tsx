"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useToast } from "@/components/ui/toaster";
import { adoptCloudSettings } from "@/lib/actions/settings/adopt-cloud-settings";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { saveRecordingSettings } from "@/lib/actions/settings/save-recording-settings";
import { settingLabel } from "@/lib/settings/diff-settings";
import type { PublicSettings } from "@/lib/settings/public-settings";
import type { SettingsOverview } from "@/lib/data/settings/settings-overview";

/** Shown when the cloud holds something else than the console last saved (changed elsewhere). */
export function CloudStateCard({ overview, canOperate }: { overview: SettingsOverview; canOperate: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const t = useTranslations("settings.cloudState");
  const messageText = useMessageText();
  if (overview.cloudProblem) {
    return <Alert variant="destructive">{t("unreadable", { problem: messageText(overview.cloudProblem) })}</Alert>;
  }
  if (overview.differences.length === 0) return null;

  function reapply(saved: PublicSettings) {
    startTransition(async () => {
      const { hasCallbackKey, ...fields } = saved;
      const result = await saveRecordingSettings({ ...fields, callbackKey: "", keepStoredCallbackKey: hasCallbackKey });
      if (result.ok) toast.success(t("reapplied"));
      else toast.error(result.error.message);
      router.refresh();
    });
  }

  function adopt() {
    startTransition(async () => {
      const result = await adoptCloudSettings({});
      if (result.ok) toast.success(t("adopted"));
      else toast.error(result.error.message);
      router.refresh();
    });
  }

  return (
    <Card className="border-warning" data-testid="cloud-differs">
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("setting")}</TableHead>
              <TableHead>{t("saved")}</TableHead>
              <TableHead>{t("cloud")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {overview.differences.map((difference) => (
              <TableRow key={difference.field}>
                <TableCell>{messageText(settingLabel(difference.field))}</TableCell>
                <TableCell>{messageText(difference.before)}</TableCell>
                <TableCell>{messageText(difference.after)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {canOperate && overview.saved ? (
          <div className="flex gap-2">
            <Button type="button" disabled={isPending} onClick={() => overview.saved && reapply(overview.saved)}>
              {t("reapply")}
            </Button>
            <Button type="button" variant="outline" disabled={isPending} onClick={adopt}>
              {t("adopt")}
            </Button>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
