import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { RecordingCost } from "@/components/costs/recording-cost";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { PriceTable } from "@/lib/costs/price-table";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { RecordingDto } from "@/lib/recordings/types";
import { formatAudioStream, formatDuration, formatExpiry, formatSize, formatVideoStream, namingLabel } from "./format";
import { LocalTime } from "./local-time";

type Translate = Awaited<ReturnType<typeof getTranslations<"recordings.details">>>;

/** `id` names the fact in its test id (the same in every language); `label` is in the viewer's. */
interface Fact {
  id: string;
  label: string;
  value: ReactNode;
}

const time = (iso: string | null | undefined) => (iso ? <LocalTime iso={iso} /> : null);
/** Times the recording's file name carries, in Beijing time as Tencent writes them, beside the viewer's. */
const nameTime = (iso: string | null | undefined) => (iso ? <LocalTime iso={iso} beijing /> : null);

function nameFacts(recording: RecordingDto, t: Translate, messageText: (text: string) => string): Fact[] {
  const parts = recording.parts;
  if (!parts) return [{ id: "Naming", label: t("naming"), value: t("noNamingRule") }];
  return [
    { id: "Naming", label: t("naming"), value: messageText(namingLabel(parts.rule)) },
    { id: "SdkAppId", label: t("sdkAppId"), value: parts.sdkAppId },
    { id: "Room", label: t("room"), value: parts.roomId },
    { id: "User", label: t("user"), value: parts.userId },
    { id: "Stream type", label: t("streamType"), value: parts.streamType },
    {
      id: "userDefineRecordId",
      label: t("userDefineRecordId"),
      value: parts.userDefineRecordId ?? recording.userDefineRecordId,
    },
    { id: "Part", label: t("part"), value: parts.index },
    { id: "Name start", label: t("nameStart"), value: nameTime(parts.start) },
    { id: "Name end", label: t("nameEnd"), value: nameTime(parts.end) },
  ];
}

function sourceFacts(recording: RecordingDto, t: Translate): Fact[] {
  const { type, liveRecord, trtcRecord } = recording.source;
  return [
    { id: "SourceType", label: t("sourceType"), value: type },
    { id: "Push domain", label: t("pushDomain"), value: liveRecord?.domain },
    { id: "Stream path", label: t("streamPath"), value: liveRecord?.path },
    { id: "Stream id", label: t("streamId"), value: liveRecord?.streamId },
    // A live recording's file name is made of these times, in Beijing time.
    { id: "Recorded from", label: t("recordedFrom"), value: nameTime(liveRecord?.start) },
    { id: "Recorded until", label: t("recordedUntil"), value: nameTime(liveRecord?.end) },
    { id: "TRTC task", label: t("trtcTask"), value: trtcRecord?.taskId },
    { id: "TRTC room", label: t("trtcRoom"), value: trtcRecord?.roomId },
    { id: "TRTC users", label: t("trtcUsers"), value: trtcRecord?.userIds.join(", ") },
    { id: "Publisher", label: t("publisher"), value: recording.publisherUserId },
  ];
}

function streamFacts(recording: RecordingDto, t: Translate): Fact[] {
  return [
    ...recording.videoStreams.map((stream, index) => ({
      id: `Video stream ${index + 1}`,
      label: t("videoStream", { number: index + 1 }),
      value: formatVideoStream(stream, t("unnamedVideoCodec")),
    })),
    ...recording.audioStreams.map((stream, index) => ({
      id: `Audio stream ${index + 1}`,
      label: t("audioStream", { number: index + 1 }),
      value: formatAudioStream(stream, t("unnamedAudioCodec")),
    })),
  ];
}

/** Everything VOD says of the recording (MetaData, SourceInfo) and what its name means; times in the viewer's zone. */
export async function RecordingDetails({ recording, prices }: { recording: RecordingDto; prices: PriceTable }) {
  const t = await getTranslations("recordings.details");
  const messageText = await getMessageText();
  const { expiresAt } = recording;
  const expiry = messageText(formatExpiry(expiresAt));
  const facts: Fact[] = [
    { id: "FileId", label: t("fileId"), value: recording.fileId },
    { id: "Format", label: t("format"), value: recording.type },
    { id: "Container", label: t("container"), value: recording.container },
    { id: "Duration", label: t("duration"), value: formatDuration(recording.durationSeconds) },
    { id: "Size", label: t("size"), value: formatSize(recording.sizeBytes) },
    {
      id: "Resolution",
      label: t("resolution"),
      value: recording.width && recording.height ? `${recording.width}×${recording.height}` : t("audioOnly"),
    },
    {
      id: "Bitrate",
      label: t("bitrate"),
      value: recording.bitrate ? t("kbps", { kbps: Math.round(recording.bitrate / 1000) }) : null,
    },
    ...streamFacts(recording, t),
    ...sourceFacts(recording, t),
    ...nameFacts(recording, t, messageText),
    { id: "Created", label: t("created"), value: time(recording.createdAt) },
    {
      id: "Retention",
      label: t("retention"),
      value: expiresAt ? t.rich("retentionUntil", { expiry, time: () => <LocalTime iso={expiresAt} /> }) : expiry,
    },
    { id: "Media URL", label: t("mediaUrl"), value: recording.mediaUrl },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[9rem_1fr] gap-y-1.5 text-sm" aria-label={t("listLabel")}>
          {facts
            .filter(({ value }) => value !== null && value !== undefined && value !== "")
            .map(({ id, label, value }) => (
              <div key={id} className="contents" data-testid={`detail-${id}`}>
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
