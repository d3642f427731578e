import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { QualityCounts } from "@/lib/data/health/read-quality-counts";
import { BarRows } from "./bar-rows";

export function CheckResultsSection({ counts }: { counts: QualityCounts }) {
  const max = Math.max(0, ...counts.byStatus.map((row) => row.count), ...counts.byProblem.map((row) => row.count));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Quality checks</CardTitle>
        <CardDescription>Files learnt of in these days, by check status and by problem found.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <BarRows
          rows={counts.byStatus.map((row) => ({ label: row.status, value: row.count, text: `${row.count} files` }))}
          max={max}
          empty="No file registered yet."
        />
        <BarRows
          rows={counts.byProblem.map((row) => ({ label: row.kind, value: row.count, text: `${row.count} files` }))}
          max={max}
          empty="No problem found."
        />
      </CardContent>
    </Card>
  );
}
