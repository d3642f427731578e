"use client";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import type { RoomUser } from "@/lib/rooms/types";

/** A stream a user publishes (its key under `rooms.media`), and since when. */
type Published = { label: "video" | "audio" | "screenShare"; since: string };

/** Which of video, audio and sub-stream a user publishes, each since when (TRTC's 201–206). */
export function UserMedia({ user }: { user: RoomUser }) {
  const t = useTranslations("rooms.media");
  const streams: Array<{ label: Published["label"]; since: string | null }> = [
    { label: "video", since: user.hasVideo ? user.videoSince : null },
    { label: "audio", since: user.hasAudio ? user.audioSince : null },
    { label: "screenShare", since: user.hasSubStream ? user.subStreamSince : null },
  ];
  const published = streams.filter((stream): stream is Published => stream.since !== null);
  if (published.length === 0) return <span className="text-muted-foreground">{t("nothing")}</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={t("publishesLabel", { userId: user.userId })}>
      {published.map(({ label, since }) => (
        <li key={label}>
          <Badge variant="success">
            {t(label)}
            <span className="sr-only"> {t.rich("since", { time: () => <LocalTime iso={since} part="time" /> })}</span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
