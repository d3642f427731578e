import { Badge } from "@/components/ui/badge";
import type { FileHealth } from "@/lib/health/quality/file-health";
import { qualityProblemLabel } from "./quality-problem-label";

const WAITING: Record<Exclude<FileHealth["status"], "ok" | "problems">, string> = {
  queued: "check queued",
  running: "checking",
  failed: "check failed",
};

/** The library's word on a file's quality check: "OK", each problem found, or where the check is. */
export function FileHealthBadge({ health }: { health: FileHealth | null }) {
  if (!health) return <span className="text-xs text-muted-foreground">not checked</span>;
  if (health.status === "ok")
    return (
      <Badge variant="success" data-testid="health-badge">
        OK
      </Badge>
    );
  if (health.status === "problems")
    return (
      <span className="flex flex-wrap gap-1" data-testid="health-badge">
        {health.problemKinds.map((kind) => (
          <Badge key={kind} variant="destructive">
            {qualityProblemLabel(kind)}
          </Badge>
        ))}
      </span>
    );
  return (
    <Badge variant="muted" data-testid="health-badge">
      {WAITING[health.status]}
    </Badge>
  );
}
