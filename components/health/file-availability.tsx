import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocalTime } from "@/components/recordings/local-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FileCallback } from "@/lib/data/callbacks/callbacks-for-file";
import { readFileTimes } from "@/lib/data/health/read-file-times";
import type { Db } from "@/lib/db/open-database";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { RecordingDto } from "@/lib/recordings/types";
import { delayValues } from "./format-delay";

interface Point {
  label: string;
  at: Date;
}

/**
 * When the stream ended, when VOD had the file and when each callback naming it arrived, with
 * each one's delay after the end. The end is the registered one, else VOD's live-record end.
 */
export async function FileAvailability({
  db,
  sdkAppId,
  recording,
  callbacks,
}: {
  db: Db;
  sdkAppId: number;
  recording: Pick<RecordingDto, "fileId" | "createdAt" | "source">;
  callbacks: FileCallback[];
}) {
  const [t, messageText, times] = await Promise.all([
    getTranslations("health"),
    getMessageText(),
    readFileTimes(db, sdkAppId, recording.fileId),
  ]);
  const liveEnd = recording.source.liveRecord?.end;
  const endedAt = times.endedAt ?? (liveEnd ? new Date(liveEnd) : null);
  const points: Point[] = [
    { label: t("fileAvailability.inVod"), at: times.vodCreatedAt ?? new Date(recording.createdAt) },
    ...callbacks.map((callback) => ({
      label: t("fileAvailability.callback", { event: messageText(callback.eventName) }),
      at: new Date(callback.receivedAt),
    })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const bold = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("fileAvailability.title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="space-y-1 text-sm">
          <li>
            {t.rich("fileAvailability.streamEnded", {
              b: bold,
              time: () => (endedAt ? <LocalTime iso={endedAt.toISOString()} /> : t("fileAvailability.notKnown")),
            })}
          </li>
          {points.map((point) => (
            <li key={`${point.label}-${point.at.getTime()}`}>
              {t.rich("fileAvailability.point", {
                b: bold,
                label: point.label,
                time: () => <LocalTime iso={point.at.toISOString()} />,
                hasDelay: String(endedAt !== null),
                delay: endedAt ? t("delay", delayValues(Math.max(0, point.at.getTime() - endedAt.getTime()))) : "",
              })}
            </li>
          ))}
          {times.discoveredBy === "reconciliation" ? (
            <li className="text-muted-foreground">{t("fileAvailability.foundByReconciliation")}</li>
          ) : null}
        </ol>
      </CardContent>
    </Card>
  );
}
