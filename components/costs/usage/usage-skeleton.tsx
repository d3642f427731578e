import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** The report's layout while it loads: the month's figures, the chart and the table. */
export function UsageSkeleton() {
  const t = useTranslations("costs.usage");
  return (
    <div className="flex flex-col gap-4" aria-label={t("loading")} role="status">
      <Skeleton className="h-40" />
      <Skeleton className="h-72" />
      <Skeleton className="h-48" />
    </div>
  );
}
