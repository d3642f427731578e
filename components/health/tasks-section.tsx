import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AutoRecordingDay } from "@/lib/data/health/read-auto-recording-days";
import type { TaskDays } from "@/lib/data/health/read-task-days";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { BarRows } from "./bar-rows";

/** TRTC's default: 100 concurrent cloud-recording tasks (more by ticket). */
export const DEFAULT_TASK_LIMIT = 100;

export async function TasksSection({ tasks, autoDays }: { tasks: TaskDays; autoDays: AutoRecordingDay[] }) {
  const t = await getTranslations("health.tasks");
  // A failure's reason may be a message (`msg`) from the tasks' own code, or a cloud's text.
  const messageText = await getMessageText();
  const maxStarted = Math.max(0, ...tasks.days.map((day) => day.started));
  const maxStreams = Math.max(0, ...autoDays.map((day) => day.streams));
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>{t("startedTitle")}</CardTitle>
          <CardDescription>{t("startedDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-3">
          <BarRows
            rows={tasks.days.map((day) => ({
              label: day.day,
              value: day.started,
              text: t("startedFailed", { started: day.started, failed: day.failed }),
            }))}
            max={maxStarted}
            empty={t("startedEmpty")}
          />
          {tasks.days
            .filter((day) => day.reasons.length > 0)
            .map((day) => (
              <div key={day.day} className="text-sm">
                {t.rich("dayFailures", {
                  day: day.day,
                  reasons: day.reasons
                    .map((reason) => t("reason", { reason: messageText(reason.reason), count: reason.count }))
                    .join(t("reasonSeparator")),
                  b: (chunks) => <span className="font-medium">{chunks}</span>,
                })}
              </div>
            ))}
          <h3 className="pt-2 text-sm font-medium">{t("autoTitle")}</h3>
          <p className="text-xs text-muted-foreground">{t("autoDescription")}</p>
          <BarRows
            rows={autoDays.map((day) => ({
              label: day.day,
              value: day.streams,
              text: t("streamsFiles", { streams: day.streams, files: day.files }),
            }))}
            max={maxStreams}
            empty={t("autoEmpty")}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("concurrentTitle")}</CardTitle>
          <CardDescription>{t("concurrentDescription", { limit: DEFAULT_TASK_LIMIT })}</CardDescription>
        </CardHeader>
        <CardContent>
          <BarRows
            rows={tasks.peaks.map((day) => ({
              label: day.day,
              value: day.peak,
              text: t("atOnce", { peak: day.peak }),
            }))}
            max={DEFAULT_TASK_LIMIT}
            reference={{ value: DEFAULT_TASK_LIMIT, label: t("limit", { limit: DEFAULT_TASK_LIMIT }) }}
            empty={t("concurrentEmpty")}
          />
        </CardContent>
      </Card>
    </>
  );
}
