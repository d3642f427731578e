import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ProducedFile } from "@/lib/data/recording-tasks/recording-task-types";
import { formatDuration } from "@/components/recording-tasks/format-duration";

/** The files a recording made, linked to their pages in the library. */
export function ProducedFiles({ files, isRunning }: { files: ProducedFile[]; isRunning: boolean }) {
  const t = useTranslations("recordingTasks.running");
  if (files.length === 0)
    return <span className="text-xs text-muted-foreground">{isRunning ? t("filesWhenStopped") : t("noFilesYet")}</span>;
  return (
    <ul className="flex flex-col gap-1" aria-label={t("filesProduced")}>
      {files.map((file) => (
        <li key={file.fileId} className="text-xs">
          <Link href={file.href} className="font-mono text-primary underline-offset-4 hover:underline">
            {file.name}
          </Link>{" "}
          <span className="text-muted-foreground">
            {file.type}
            {file.durationSeconds !== null ? ` · ${formatDuration(file.durationSeconds)}` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
