import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { formatDuration, formatExpiry, formatSize, formatTime } from "@/components/recordings/format";
import { MediaPlayer } from "@/components/recordings/media-player";
import { RecordingActions } from "@/components/recordings/recording-actions";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { callbacksForFile } from "@/lib/callbacks/callbacks-for-file";
import { getDb } from "@/lib/db";
import { getRecording } from "@/lib/recordings/get-recording";

export const metadata: Metadata = { title: "Recording" };
export const dynamic = "force-dynamic";

export default async function RecordingPage({
  params,
  searchParams,
}: {
  params: Promise<{ fileId: string }>;
  searchParams: Promise<{ subAppId?: string }>;
}) {
  const user = await requirePageUser("viewer");
  const { fileId } = await params;
  const { subAppId } = await searchParams;
  if (!/^\d{1,40}$/.test(fileId)) notFound();
  const subApp = subAppId && /^\d+$/.test(subAppId) ? Number(subAppId) : null;
  const [recording, callbacks] = await Promise.all([
    getRecording(fileId, subApp),
    callbacksForFile(await getDb(), fileId),
  ]);
  if (!recording) notFound();
  const facts: Array<[string, string]> = [
    ["FileId", recording.fileId],
    ["Format", recording.type],
    ["Duration", formatDuration(recording.durationSeconds)],
    ["Size", formatSize(recording.sizeBytes)],
    ["Resolution", recording.width && recording.height ? `${recording.width}×${recording.height}` : "audio"],
    ["Bitrate", recording.bitrate ? `${Math.round(recording.bitrate / 1000)} kbps` : "–"],
    ["Container", recording.container ?? "–"],
    ["Stream id", recording.streamId ?? "–"],
    ["Publisher", recording.publisherUserId ?? "–"],
    ["userDefineRecordId", recording.userDefineRecordId ?? "–"],
    ["Created", formatTime(recording.createdAt)],
    ["Retention", formatExpiry(recording.expiresAt)],
    ["Media URL", recording.mediaUrl],
  ];
  return (
    <>
      <PageHeader title={recording.name} description="Play, download, keep longer or delete this recording." />
      <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-4">
          <MediaPlayer type={recording.type} url={recording.mediaUrl} poster={recording.coverUrl} />
          <RecordingActions recording={recording} canOperate={hasRole(user.role, "operator")} />
        </div>
        <div className="flex flex-col gap-4">
          <Card>
            <CardHeader>
              <CardTitle>Details</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-[8rem_1fr] gap-y-1.5 text-sm">
                {facts.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd className="font-mono text-xs break-all">{value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Callbacks for this file</CardTitle>
            </CardHeader>
            <CardContent>
              {callbacks.length === 0 ? (
                <p className="text-sm text-muted-foreground">None received.</p>
              ) : (
                <ul className="flex flex-col gap-2 text-sm">
                  {callbacks.map((callback) => (
                    <li key={callback.id} className="flex flex-wrap items-center gap-2">
                      {callback.signatureValid ? (
                        <Badge variant="success">Valid</Badge>
                      ) : (
                        <Badge variant="destructive">Invalid</Badge>
                      )}
                      {callback.eventType} · {callback.eventName}
                      <span className="text-xs text-muted-foreground">{formatTime(callback.receivedAt)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
