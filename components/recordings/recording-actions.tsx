"use client";
import { useRouter } from "next/navigation";
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
  const isHls = recording.type === "m3u8";
  const router = useRouter();
  const toast = useToast();
  const [keepDays, setKeepDays] = useState("30");
  const [daysError, setDaysError] = useState<string[] | undefined>();
  const [isPending, startTransition] = useTransition();

  function copyUrl() {
    // The URL that plays (https and signed where the domain needs it), not VOD's bare one.
    void navigator.clipboard.writeText(recording.playbackUrl).then(
      () => toast.success(isHls ? "Playlist URL copied" : "Media URL copied"),
      () => toast.error("The browser refused the clipboard; select the URL instead."),
    );
  }

  function saveRetention() {
    startTransition(async () => {
      const result = await modifyRetention({ fileId: recording.fileId, subAppId: recording.subAppId, keepDays });
      if (result.ok) {
        setDaysError(undefined);
        toast.success(
          result.data.expiresAt ? `Kept until ${new Date(result.data.expiresAt).toLocaleString()}` : "Kept forever",
        );
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
        toast.success(`Deleted ${recording.name}`);
        router.push("/recordings");
      } else toast.error(result.error.message);
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={copyUrl}>
          {isHls ? "Copy playlist URL" : "Copy URL"}
        </Button>
        <a
          href={downloadHref(recording)}
          download
          className="inline-flex h-9 items-center rounded-md border border-input bg-card px-4 text-sm hover:bg-muted"
        >
          {isHls ? "Download as one file" : "Download"}
        </a>
        {canOperate ? (
          <ConfirmDialog
            title="Delete this recording?"
            description={<span className="font-mono text-xs break-all">{recording.name}</span>}
            confirmLabel="Delete"
            isPending={isPending}
            onConfirm={remove}
            trigger={(open) => (
              <Button type="button" variant="destructive" onClick={open} disabled={isPending}>
                Delete
              </Button>
            )}
          />
        ) : null}
      </div>
      {isHls ? (
        <p className="text-xs text-muted-foreground">
          HLS is a playlist of short segments, which players and tools such as ffmpeg read through the playlist URL.
          Download joins the segments into one file: .mp4 for fMP4 segments, .ts for TS ones.
        </p>
      ) : null}
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
            <Label htmlFor="keep-days">Keep for (days from now, 0 = forever)</Label>
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
            Change retention
          </Button>
          <FieldError id="keep-days-error" messages={daysError} />
        </form>
      ) : null}
    </div>
  );
}
