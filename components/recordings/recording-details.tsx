import type { ReactNode } from "react";
import { RecordingCost } from "@/components/costs/recording-cost";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { PriceTable } from "@/lib/costs/price-table";
import type { RecordingDto } from "@/lib/recordings/types";
import { formatAudioStream, formatDuration, formatExpiry, formatSize, formatVideoStream, namingLabel } from "./format";
import { LocalTime } from "./local-time";

type Fact = [label: string, value: ReactNode];

const time = (iso: string | null | undefined) => (iso ? <LocalTime iso={iso} /> : null);

function nameFacts(recording: RecordingDto): Fact[] {
  const parts = recording.parts;
  if (!parts) return [["Naming", "does not follow the recording naming rules"]];
  return [
    ["Naming", namingLabel(parts.rule)],
    ["SdkAppId", parts.sdkAppId],
    ["Room", parts.roomId],
    ["User", parts.userId],
    ["Stream type", parts.streamType],
    ["userDefineRecordId", parts.userDefineRecordId ?? recording.userDefineRecordId],
    ["Part", parts.index],
    ["Name start", time(parts.start)],
    ["Name end", time(parts.end)],
  ];
}

function sourceFacts(recording: RecordingDto): Fact[] {
  const { type, liveRecord, trtcRecord } = recording.source;
  return [
    ["SourceType", type],
    ["Push domain", liveRecord?.domain],
    ["Stream path", liveRecord?.path],
    ["Stream id", liveRecord?.streamId],
    ["Recorded from", time(liveRecord?.start)],
    ["Recorded until", time(liveRecord?.end)],
    ["TRTC task", trtcRecord?.taskId],
    ["TRTC room", trtcRecord?.roomId],
    ["TRTC users", trtcRecord?.userIds.join(", ")],
    ["Publisher", recording.publisherUserId],
  ];
}

/** Everything VOD says of the recording (MetaData, SourceInfo) and what its name means; times in the viewer's zone. */
export function RecordingDetails({ recording, prices }: { recording: RecordingDto; prices: PriceTable }) {
  const facts: Fact[] = [
    ["FileId", recording.fileId],
    ["Format", recording.type],
    ["Container", recording.container],
    ["Duration", formatDuration(recording.durationSeconds)],
    ["Size", formatSize(recording.sizeBytes)],
    ["Resolution", recording.width && recording.height ? `${recording.width}×${recording.height}` : "audio only"],
    ["Bitrate", recording.bitrate ? `${Math.round(recording.bitrate / 1000)} kbps` : null],
    ...recording.videoStreams.map((stream, index): Fact => [`Video stream ${index + 1}`, formatVideoStream(stream)]),
    ...recording.audioStreams.map((stream, index): Fact => [`Audio stream ${index + 1}`, formatAudioStream(stream)]),
    ...sourceFacts(recording),
    ...nameFacts(recording),
    ["Created", time(recording.createdAt)],
    [
      "Retention",
      <span key="retention">
        {formatExpiry(recording.expiresAt)}
        {recording.expiresAt ? <> (until {time(recording.expiresAt)})</> : null}
      </span>,
    ],
    ["Media URL", recording.mediaUrl],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[9rem_1fr] gap-y-1.5 text-sm" aria-label="Recording details">
          {facts
            .filter(([, value]) => value !== null && value !== undefined && value !== "")
            .map(([label, value]) => (
              <div key={label} className="contents" data-testid={`detail-${label}`}>
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="font-mono text-xs break-all">{value}</dd>
              </div>
            ))}
        </dl>
        <div className="mt-4 border-t pt-4">
          <RecordingCost recording={recording} prices={prices} />
        </div>
      </CardContent>
    </Card>
  );
}
