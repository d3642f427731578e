import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TENCENT_LINKS } from "@/lib/schemas/application";

function External({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} className="text-primary underline" target="_blank" rel="noreferrer">
      {children}
    </a>
  );
}

/**
 * A cloud-recording app has no recording settings the console can set: its global
 * auto-recording and recording callbacks live in TRTC's console, and no public API sets them.
 */
export async function CloudRecordingNote({ name }: { name: string }) {
  const t = await getTranslations("settings.cloudNote");
  return (
    <Card data-testid="cloud-recording-note">
      <CardHeader>
        <CardTitle>{t("title", { name })}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <p>
          {t.rich("where", {
            console: (chunks) => <External href={TENCENT_LINKS.trtcApplications}>{chunks}</External>,
            guide: (chunks) => <External href={TENCENT_LINKS.globalAutoRecording}>{chunks}</External>,
          })}
        </p>
        <p>
          {t.rich("tasks", {
            tasks: (chunks) => (
              <Link href="/recordings/tasks" className="text-primary underline">
                {chunks}
              </Link>
            ),
            applications: (chunks) => (
              <Link href="/applications" className="text-primary underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </CardContent>
    </Card>
  );
}
