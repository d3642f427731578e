import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AvailabilityByDay } from "@/lib/data/health/read-availability";
import type { DayDelayStats } from "@/lib/health/availability/day-stats";
import { BarRows } from "./bar-rows";
import { formatDelay } from "./format-delay";

/** Tencent documents legacy files in VOD 30 s–2 min after the last stream leaves, plus the resume timeout. */
const DOCUMENTED_MAX_MS = 120_000;

function rowsOf(days: DayDelayStats[]) {
  return days.map((day) => ({
    label: day.day,
    value: day.p95Ms,
    text: `${formatDelay(day.medianMs)} / ${formatDelay(day.p95Ms)} / ${formatDelay(day.worstMs)}`,
  }));
}

/**
 * `resumeSeconds`: the app's resume timeout as last saved here (null: never saved), which Tencent
 * adds to the wait: a file is closed only once the stream has not come back for that long.
 */
export function AvailabilitySection({
  availability,
  resumeSeconds,
}: {
  availability: AvailabilityByDay;
  resumeSeconds: number | null;
}) {
  const max = Math.max(
    0,
    ...availability.vod.map((day) => day.p95Ms),
    ...availability.callback.map((day) => day.p95Ms),
  );
  const resumeMs = (resumeSeconds ?? 0) * 1000;
  const reference = {
    value: DOCUMENTED_MAX_MS + resumeMs,
    label:
      resumeSeconds === null
        ? "Tencent's documented 2 min (plus the resume timeout, not saved here yet)"
        : `Tencent's documented 2 min + the ${resumeSeconds} s resume timeout`,
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>Time to available</CardTitle>
        <CardDescription>From the stream&apos;s end, per day: median / p95 / worst. Bars show the p95.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div>
          <h3 className="mb-1 text-sm font-medium">Until VOD had the file</h3>
          <BarRows
            rows={rowsOf(availability.vod)}
            max={max}
            reference={reference}
            empty="No file with a known end yet."
          />
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium">Until the first callback named it</h3>
          <BarRows
            rows={rowsOf(availability.callback)}
            max={max}
            reference={reference}
            empty="No callback named a file yet."
          />
        </div>
      </CardContent>
    </Card>
  );
}
