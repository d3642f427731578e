import { Skeleton } from "@/components/ui/skeleton";

/** The report's layout while it loads: the month's figures, the chart and the table. */
export function UsageSkeleton() {
  return (
    <div className="flex flex-col gap-4" aria-label="Loading usage" role="status">
      <Skeleton className="h-40" />
      <Skeleton className="h-72" />
      <Skeleton className="h-48" />
    </div>
  );
}
