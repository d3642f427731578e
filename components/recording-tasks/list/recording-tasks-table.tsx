"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { LocalTime } from "@/components/recordings/local-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { isActive } from "@/lib/recording-tasks/status";
import { LAYOUT_TEMPLATE_LABELS } from "@/lib/recording-tasks/layout/layout-apis";
import { ElapsedCost } from "@/components/recording-tasks/running/elapsed-cost";
import { ProducedFiles } from "@/components/recording-tasks/running/produced-files";
import { RecordingStatusBadge } from "@/components/recording-tasks/recording-status-badge";
import { TaskEvents } from "@/components/recording-tasks/running/task-events";

/** The kind's catalog key under recordingTasks.list.kinds. */
function kindOf(recording: RecordingTaskDto): "mcu" | "taskMixed" | "taskSingle" {
  if (recording.kind === "mcu_mix") return "mcu";
  return recording.recordMode === "mixed" ? "taskMixed" : "taskSingle";
}

/** A catalog message (`msg`), or a dash for a recording that draws no layout. */
function layoutOf(recording: RecordingTaskDto): string {
  const isMixed = recording.kind === "mcu_mix" || recording.recordMode === "mixed";
  return isMixed ? LAYOUT_TEMPLATE_LABELS[recording.layout.template] : "—";
}

/** Console recordings, one row each: what, where, who, how it went, and what it produced. */
export function RecordingTasksTable({ recordings, showRoom }: { recordings: RecordingTaskDto[]; showRoom: boolean }) {
  const t = useTranslations("recordingTasks.list");
  const messageText = useMessageText();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("columns.recording")}</TableHead>
          {showRoom ? <TableHead>{t("columns.room")}</TableHead> : null}
          <TableHead>{t("columns.started")}</TableHead>
          <TableHead>{t("columns.stopped")}</TableHead>
          <TableHead>{t("columns.layout")}</TableHead>
          <TableHead>{t("columns.status")}</TableHead>
          <TableHead>{t("columns.durationCost")}</TableHead>
          <TableHead>{t("columns.files")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {recordings.map((recording) => (
          <TableRow key={recording.id} data-testid="recording-task-row" className="align-top">
            <TableCell>
              <div className="font-medium">{t(`kinds.${kindOf(recording)}`)}</div>
              <div className="font-mono text-xs text-muted-foreground">
                {recording.kind === "mcu_mix" ? recording.recordId || recording.streamId : (recording.taskId ?? "—")}
              </div>
            </TableCell>
            {showRoom ? (
              <TableCell>
                <Link href={`/rooms/${encodeURIComponent(recording.roomId)}`} className="text-primary hover:underline">
                  {recording.roomId}
                </Link>
              </TableCell>
            ) : null}
            <TableCell className="text-xs">
              <LocalTime iso={recording.startedAt} />
              <div className="text-muted-foreground">{recording.startedBy}</div>
            </TableCell>
            <TableCell className="text-xs">
              {recording.stopRequestedAt ? (
                <>
                  <LocalTime iso={recording.stopRequestedAt} />
                  <div className="text-muted-foreground">{recording.stoppedBy}</div>
                </>
              ) : (
                <span className="text-muted-foreground">
                  {isActive(recording.status) ? t("running") : t("byItself")}
                </span>
              )}
            </TableCell>
            <TableCell className="text-xs">
              {messageText(layoutOf(recording))}
              {recording.layoutChanges.length > 0 ? (
                <div className="text-muted-foreground" data-testid="layout-change-count">
                  {t("changes", {
                    count: recording.layoutChanges.length,
                    list: recording.layoutChanges
                      .map((change) => t("changeName", { layout: change.layout }))
                      .join(" → "),
                  })}
                </div>
              ) : null}
            </TableCell>
            <TableCell className="max-w-64 text-xs">
              <RecordingStatusBadge status={recording.status} />
              {recording.endReason && !isActive(recording.status) ? (
                <div className="mt-1 text-muted-foreground">{messageText(recording.endReason)}</div>
              ) : null}
              {recording.lastError ? (
                <div className="mt-1 text-destructive">{messageText(recording.lastError)}</div>
              ) : null}
              {recording.kind === "cloud_task" ? (
                <div className="mt-2">
                  <TaskEvents events={recording.events} compact />
                </div>
              ) : null}
            </TableCell>
            <TableCell className="text-xs">
              <ElapsedCost recording={recording} />
            </TableCell>
            <TableCell>
              <ProducedFiles files={recording.files} isRunning={isActive(recording.status)} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
