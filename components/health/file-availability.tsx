import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FileCallback } from "@/lib/data/callbacks/callbacks-for-file";
import { readFileTimes } from "@/lib/data/health/read-file-times";
import type { Db } from "@/lib/db/open-database";
import type { RecordingDto } from "@/lib/recordings/types";
import { formatDelay } from "./format-delay";

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
  const times = await readFileTimes(db, sdkAppId, recording.fileId);
  const liveEnd = recording.source.liveRecord?.end;
  const endedAt = times.endedAt ?? (liveEnd ? new Date(liveEnd) : null);
  const points: Point[] = [
    { label: "In VOD (CreateTime)", at: times.vodCreatedAt ?? new Date(recording.createdAt) },
    ...callbacks.map((callback) => ({ label: `Callback: ${callback.eventName}`, at: new Date(callback.receivedAt) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <Card>
      <CardHeader>
        <CardTitle>Time to available</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="space-y-1 text-sm">
          <li>
            <span className="font-medium">Stream ended</span>:{" "}
            {endedAt ? endedAt.toISOString().replace("T", " ").slice(0, 19) : "not known"}
          </li>
          {points.map((point) => (
            <li key={`${point.label}-${point.at.getTime()}`}>
              <span className="font-medium">{point.label}</span>:{" "}
              {point.at.toISOString().replace("T", " ").slice(0, 19)}
              {endedAt ? ` (${formatDelay(Math.max(0, point.at.getTime() - endedAt.getTime()))} after the end)` : ""}
            </li>
          ))}
          {times.discoveredBy === "reconciliation" ? (
            <li className="text-muted-foreground">No callback announced this file: reconciliation found it in VOD.</li>
          ) : null}
        </ol>
      </CardContent>
    </Card>
  );
}
