"use client";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { deleteRecordings } from "@/lib/actions/recordings/delete-recordings";
import { modifyRetention } from "@/lib/actions/recordings/modify-retention";
import type { RecordingDto } from "@/lib/recordings/types";

/** The console's own download route: VOD's origin is another one, where `<a download>` is ignored. */
function downloadHref(recording: RecordingDto): string {
  const query = recording.subAppId ? `?subAppId=${recording.subAppId}` : "";
  return `/api/recordings/${recording.fileId}/download${query}`;
}

export function RecordingActions({ recording, canOperate }: { recording: RecordingDto; canOperate: boolean }) {
  const t = useTranslations("recordings.actions");
  const format = useFormatter();
  const isHls = recording.type === "m3u8";
  const router = useRouter();
  const toast = useToast();
  const [keepDays, setKeepDays] = useState("30");
  const [daysError, setDaysError] = useState<string[] | undefined>();
  const [isPending, startTransition] = useTransition();

  function copyUrl() {
    // The URL that plays (https and signed where the domain needs it), not VOD's bare one.
    void navigator.clipboard.writeText(recording.playbackUrl).then(
      () => toast.success(isHls ? t("playlistUrlCopied") : t("mediaUrlCopied")),
      () => toast.error(t("clipboardRefused")),
    );
  }

  function saveRetention() {
    startTransition(async () => {
      const result = await modifyRetention({ fileId: recording.fileId, subAppId: recording.subAppId, keepDays });
      if (result.ok) {
        setDaysError(undefined);
        const { expiresAt } = result.data;
        // In the viewer's own zone: this runs in the browser, after a click.
        const until = (iso: string) =>
          format.dateTime(new Date(iso), {
            dateStyle: "medium",
            timeStyle: "medium",
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          });
        toast.success(expiresAt ? t("keptUntil", { time: until(expiresAt) }) : t("keptForever"));
        router.refresh();
      } else {
        setDaysError(result.error.fieldErrors?.keepDays ?? [result.error.message]);
      }
    });
  }

  function remove() {
    startTransition(async () => {
      const result = await deleteRecordings({ fileIds: [recording.fileId], subAppId: recording.subAppId });
      if (result.ok) {
        toast.success(t("deleted", { name: recording.name }));
        router.push("/recordings");
      } else toast.error(result.error.message);
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={copyUrl}>
          {isHls ? t("copyPlaylistUrl") : t("copyUrl")}
        </Button>
        <a
          href={downloadHref(recording)}
          download
          className="inline-flex h-9 items-center rounded-md border border-input bg-card px-4 text-sm hover:bg-muted"
        >
          {isHls ? t("downloadAsOneFile") : t("download")}
        </a>
        {canOperate ? (
          <ConfirmDialog
            title={t("deleteTitle")}
            description={<span className="font-mono text-xs break-all">{recording.name}</span>}
            confirmLabel={t("delete")}
            isPending={isPending}
            onConfirm={remove}
            trigger={(open) => (
              <Button type="button" variant="destructive" onClick={open} disabled={isPending}>
                {t("delete")}
              </Button>
            )}
          />
        ) : null}
      </div>
      {isHls ? <p className="text-xs text-muted-foreground">{t("hlsNote")}</p> : null}
      {canOperate ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            saveRetention();
          }}
          noValidate
        >
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="keep-days">{t("keepFor")}</Label>
            <Input
              id="keep-days"
              type="number"
              min={0}
              max={1500}
              value={keepDays}
              onChange={(event) => setKeepDays(event.target.value)}
              aria-describedby="keep-days-error"
              className="w-40"
            />
          </div>
          <Button type="submit" variant="secondary" disabled={isPending}>
            {t("changeRetention")}
          </Button>
          <FieldError id="keep-days-error" messages={daysError} />
        </form>
      ) : null}
    </div>
  );
}
