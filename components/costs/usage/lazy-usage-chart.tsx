"use client";
import { lazy, Suspense, type ComponentProps } from "react";
import { Skeleton } from "@/components/ui/skeleton";

// React's own lazy rather than next/dynamic: next/dynamic's runtime would cost the page more
// than the chart's code it moves out.
const UsageChart = lazy(() => import("./usage-chart").then((module) => ({ default: module.UsageChart })));

/**
 * The usage chart as a chunk of its own: it is drawn only for a range with usage, so a page
 * without any never downloads it. Rendered on the server all the same (React streams it once
 * the import resolves); the skeleton shows only where the browser draws it first.
 */
export function LazyUsageChart(props: ComponentProps<typeof UsageChart>) {
  return (
    <Suspense fallback={<Skeleton className="h-72" />}>
      <UsageChart {...props} />
    </Suspense>
  );
}
