import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LocalTime } from "@/components/recordings/local-time";
import type { RecentRecording } from "@/lib/data/overview/recent-recordings";

const TITLE_ID = "recent-recordings-title";

/** The app's newest recordings, each linking to its page; the Recordings page has the rest. */
export async function RecentRecordingsCard({ recordings }: { recordings: readonly RecentRecording[] }) {
  const t = await getTranslations("overview.recent");
  return (
    <Card aria-labelledby={TITLE_ID} className="max-w-4xl">
      <CardHeader>
        <div className="flex items-center justify-between gap-3">
          <CardTitle id={TITLE_ID}>{t("title")}</CardTitle>
          <Link href="/recordings" className="text-sm text-primary underline">
            {t("all")}
          </Link>
        </div>
      </CardHeader>
      <CardContent>
        {recordings.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <ul className="divide-y">
            {recordings.map((recording) => (
              <li key={recording.fileId} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
                <Link
                  href={`/recordings/${encodeURIComponent(recording.fileId)}`}
                  className="font-mono text-primary underline"
                >
                  {recording.fileId}
                </Link>
                <span className="text-muted-foreground">
                  {t("where", { roomId: recording.roomId ?? "–", userId: recording.userId ?? "–" })}
                </span>
                {recording.format ? <Badge variant="muted">{recording.format.toUpperCase()}</Badge> : null}
                {recording.hasProblems ? <Badge variant="warning">{t("hasProblems")}</Badge> : null}
                <span className="ml-auto text-muted-foreground">
                  <LocalTime iso={recording.at} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
