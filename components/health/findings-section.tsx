import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FindingDto, RunDto } from "@/lib/data/health/read-findings";
import { RepairButton } from "./finding-actions";

const isFile = (kind: string) => kind === "unannounced_file" || kind === "vanished_file";

function Subject({ finding }: { finding: FindingDto }) {
  // "Inspect": an unannounced file opens on its recording page (a vanished one has none to open).
  if (finding.kind === "unannounced_file")
    return (
      <Link
        href={`/recordings/${encodeURIComponent(finding.subject)}`}
        className="text-primary underline-offset-4 hover:underline"
      >
        Inspect {finding.subject}
      </Link>
    );
  if (isFile(finding.kind)) return <span>FileId {finding.subject}</span>;
  const roomId = typeof finding.details.roomId === "string" ? finding.details.roomId : null;
  return (
    <span>
      {roomId ? `Room ${roomId}, ` : ""}recording {finding.subject}
    </span>
  );
}

export function FindingsSection({ open, runs, canRepair }: { open: FindingDto[]; runs: RunDto[]; canRepair: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Reconciliation findings</CardTitle>
        <CardDescription>
          Callbacks, VOD and the running recordings compared every 5 minutes over the last 24 hours. {open.length} open.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {open.length === 0 ? (
          <p className="text-sm text-muted-foreground">No open finding.</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Found</TableHead>
                <TableHead>What</TableHead>
                <TableHead>About</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {open.map((finding) => (
                <TableRow key={finding.id}>
                  <TableCell className="tabular-nums">{finding.foundAt.replace("T", " ").slice(0, 19)}</TableCell>
                  <TableCell>{finding.title}</TableCell>
                  <TableCell>
                    <Subject finding={finding} />
                  </TableCell>
                  <TableCell>
                    {canRepair ? <RepairButton findingId={finding.id} repair={finding.repair} /> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <div>
          <h3 className="mb-1 text-sm font-medium">Last runs</h3>
          {runs.length === 0 ? (
            <p className="text-sm text-muted-foreground">No run yet: the first comes 5 minutes after the start.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {runs.map((run) => (
                <li key={run.id}>
                  Run {run.id} ({run.trigger}
                  {run.requestedByEmail ? ` by ${run.requestedByEmail}` : ""}) at{" "}
                  {run.startedAt.replace("T", " ").slice(0, 19)}:{" "}
                  {run.finishedAt ? `${run.findings ?? 0} findings` : "running or interrupted"}
                  {run.error ? <span className="text-destructive"> ({run.error})</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
