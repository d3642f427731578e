"use client";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/recordings/local-time";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { TaskEventDto } from "@/lib/data/recording-tasks/recording-task-types";
import { cn } from "@/lib/utils";

/**
 * What TRTC's cloud-recording callbacks (301–312) said of a task, oldest first, as they arrive
 * (the list is polled). Empty until one reaches the console: its TRTC callbacks may not be set.
 */
export function TaskEvents({ events, compact = false }: { events: TaskEventDto[]; compact?: boolean }) {
  const t = useTranslations("recordingTasks.running");
  // Event names and details come from lib/data as catalog messages or plain text (a file name).
  const messageText = useMessageText();
  if (events.length === 0)
    return (
      <span className="text-xs text-muted-foreground" data-testid="task-events-none">
        {t("noEvents", { compact: compact ? "yes" : "no" })}
      </span>
    );
  return (
    <ol className="flex flex-col gap-0.5 text-xs" aria-label={t("events")}>
      {events.map((event, index) => (
        <li
          key={`${event.eventType}-${event.at}-${index}`}
          data-testid="task-event"
          className={cn(event.isProblem && "text-destructive")}
        >
          <span className="font-mono">{event.eventType}</span> · {messageText(event.name)}
          {event.detail ? <span className="text-muted-foreground">: {messageText(event.detail)}</span> : null}
          {compact ? null : (
            <span className="text-muted-foreground">
              {" "}
              · <LocalTime iso={event.at} part="time" />
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
