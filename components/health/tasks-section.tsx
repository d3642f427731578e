import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AutoRecordingDay } from "@/lib/data/health/read-auto-recording-days";
import type { TaskDays } from "@/lib/data/health/read-task-days";
import { BarRows } from "./bar-rows";

/** TRTC's default: 100 concurrent cloud-recording tasks (more by ticket). */
export const DEFAULT_TASK_LIMIT = 100;

export function TasksSection({ tasks, autoDays }: { tasks: TaskDays; autoDays: AutoRecordingDay[] }) {
  const maxStarted = Math.max(0, ...tasks.days.map((day) => day.started));
  const maxStreams = Math.max(0, ...autoDays.map((day) => day.streams));
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>Recordings started and failed</CardTitle>
          <CardDescription>Per day, of the recordings this console started.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-3">
          <BarRows
            rows={tasks.days.map((day) => ({
              label: day.day,
              value: day.started,
              text: `${day.started} started, ${day.failed} failed`,
            }))}
            max={maxStarted}
            empty="No recording started in these days."
          />
          {tasks.days
            .filter((day) => day.reasons.length > 0)
            .map((day) => (
              <div key={day.day} className="text-sm">
                <span className="font-medium">{day.day} failures: </span>
                {day.reasons.map((reason) => `${reason.reason} (${reason.count})`).join("; ")}
              </div>
            ))}
          <h3 className="pt-2 text-sm font-medium">Automatic recordings (CSS record rules)</h3>
          <p className="text-xs text-muted-foreground">
            Streams recorded and files they gave, per day. CSS reports files only, never a failure: a stream that gave
            no file shows up under the findings above, not here.
          </p>
          <BarRows
            rows={autoDays.map((day) => ({
              label: day.day,
              value: day.streams,
              text: `${day.streams} stream${day.streams === 1 ? "" : "s"}, ${day.files} file${day.files === 1 ? "" : "s"}`,
            }))}
            max={maxStreams}
            empty="No automatic recording in these days."
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Concurrent cloud-recording tasks</CardTitle>
          <CardDescription>
            Peak per day against the account&apos;s default limit of {DEFAULT_TASK_LIMIT}.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <BarRows
            rows={tasks.peaks.map((day) => ({ label: day.day, value: day.peak, text: `${day.peak} at once` }))}
            max={DEFAULT_TASK_LIMIT}
            reference={{ value: DEFAULT_TASK_LIMIT, label: `limit of ${DEFAULT_TASK_LIMIT} tasks` }}
            empty="No task ran in these days."
          />
        </CardContent>
      </Card>
    </>
  );
}
