import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { QualityCounts } from "@/lib/data/health/read-quality-counts";
import { BarRows } from "./bar-rows";
import { isQualityProblemKind } from "./quality-problem-label";

const CHECK_STATUSES = ["queued", "running", "done", "failed"] as const;
type CheckStatus = (typeof CHECK_STATUSES)[number];
const isCheckStatus = (status: string): status is CheckStatus => (CHECK_STATUSES as readonly string[]).includes(status);

export function CheckResultsSection({ counts }: { counts: QualityCounts }) {
  const t = useTranslations("health.checkResults");
  const max = Math.max(0, ...counts.byStatus.map((row) => row.count), ...counts.byProblem.map((row) => row.count));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <BarRows
          rows={counts.byStatus.map((row) => ({
            label: isCheckStatus(row.status) ? t(`statuses.${row.status}`) : row.status,
            value: row.count,
            text: t("files", { count: row.count }),
          }))}
          max={max}
          empty={t("statusEmpty")}
        />
        <BarRows
          rows={counts.byProblem.map((row) => ({
            label: isQualityProblemKind(row.kind) ? t(`problemKinds.${row.kind}`) : row.kind,
            value: row.count,
            text: t("files", { count: row.count }),
          }))}
          max={max}
          empty={t("problemEmpty")}
        />
      </CardContent>
    </Card>
  );
}
