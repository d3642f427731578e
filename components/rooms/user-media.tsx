"use client";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import type { RoomUser } from "@/lib/rooms/types";

/** Which of video, audio and sub-stream a user publishes, each since when (TRTC's 201–206). */
export function UserMedia({ user }: { user: RoomUser }) {
  const streams = [
    { label: "Video", since: user.hasVideo ? user.videoSince : null },
    { label: "Audio", since: user.hasAudio ? user.audioSince : null },
    { label: "Screen share", since: user.hasSubStream ? user.subStreamSince : null },
  ].filter((stream): stream is { label: string; since: string } => stream.since !== null);
  if (streams.length === 0) return <span className="text-muted-foreground">Nothing</span>;
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label={`${user.userId} publishes`}>
      {streams.map((stream) => (
        <li key={stream.label}>
          <Badge variant="success">
            {stream.label}
            <span className="sr-only">
              {" "}
              since <LocalTime iso={stream.since} part="time" />
            </span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}
