import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { FileHealth } from "@/lib/health/quality/file-health";
import { isQualityProblemKind } from "./quality-problem-label";

/** The library's word on a file's quality check: "OK", each problem found, or where the check is. */
export function FileHealthBadge({ health }: { health: FileHealth | null }) {
  const t = useTranslations("health");
  if (!health) return <span className="text-xs text-muted-foreground">{t("badge.notChecked")}</span>;
  if (health.status === "ok")
    return (
      <Badge variant="success" data-testid="health-badge">
        {t("badge.ok")}
      </Badge>
    );
  if (health.status === "problems")
    return (
      <span className="flex flex-wrap gap-1" data-testid="health-badge">
        {health.problemKinds.map((kind) => (
          <Badge key={kind} variant="destructive">
            {isQualityProblemKind(kind) ? t(`problems.${kind}`) : kind}
          </Badge>
        ))}
      </span>
    );
  return (
    <Badge variant="muted" data-testid="health-badge">
      {t(`badge.${health.status}`)}
    </Badge>
  );
}
