"use client";
import { Badge } from "@/components/ui/badge";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { RECORDING_STATUS_LABELS, type RecordingTaskStatus } from "@/lib/recording-tasks/status";

const VARIANTS = {
  starting: "warning",
  recording: "success",
  stopping: "warning",
  ended: "muted",
  failed: "destructive",
} as const satisfies Record<RecordingTaskStatus, "warning" | "success" | "muted" | "destructive">;

export function RecordingStatusBadge({ status }: { status: RecordingTaskStatus }) {
  const messageText = useMessageText();
  return (
    <Badge variant={VARIANTS[status]} data-testid="recording-status">
      {messageText(RECORDING_STATUS_LABELS[status])}
    </Badge>
  );
}
