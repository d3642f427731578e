import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AvailabilityByDay } from "@/lib/data/health/read-availability";
import type { DayDelayStats } from "@/lib/health/availability/day-stats";
import { BarRows } from "./bar-rows";
import { delayValues } from "./format-delay";

/** Tencent documents legacy files in VOD 30 s–2 min after the last stream leaves, plus the resume timeout. */
const DOCUMENTED_MAX_MS = 120_000;

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
  const t = useTranslations("health");
  const delay = (ms: number) => t("delay", delayValues(ms));
  const rowsOf = (days: DayDelayStats[]) =>
    days.map((day) => ({
      label: day.day,
      value: day.p95Ms,
      text: t("availability.stats", {
        median: delay(day.medianMs),
        p95: delay(day.p95Ms),
        worst: delay(day.worstMs),
      }),
    }));
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
        ? t("availability.referenceUnsaved")
        : t("availability.referenceSaved", { seconds: resumeSeconds }),
  };
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("availability.title")}</CardTitle>
        <CardDescription>{t("availability.description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("availability.vodTitle")}</h3>
          <BarRows rows={rowsOf(availability.vod)} max={max} reference={reference} empty={t("availability.vodEmpty")} />
        </div>
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("availability.callbackTitle")}</h3>
          <BarRows
            rows={rowsOf(availability.callback)}
            max={max}
            reference={reference}
            empty={t("availability.callbackEmpty")}
          />
        </div>
      </CardContent>
    </Card>
  );
}
