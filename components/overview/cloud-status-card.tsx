import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CloudStatus } from "@/lib/data/overview/cloud-status";
import { RECORDING_GENERATION_LABELS, type RecordingGeneration } from "@/lib/schemas/application";

export function CloudStatusCard({
  status,
  application,
}: {
  status: CloudStatus;
  application: { generation: RecordingGeneration; pushDomain: string | null };
}) {
  const cloudName = status.mode === "local" ? "Local cloud" : "Tencent Cloud";
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <div className="flex items-center gap-3">
          <CardTitle>{cloudName}</CardTitle>
          {status.isReachable ? (
            <Badge variant="success">Answering{status.latencyMs !== null ? ` · ${status.latencyMs} ms` : ""}</Badge>
          ) : (
            <Badge variant="destructive">Not answering</Badge>
          )}
        </div>
        <CardDescription>
          {status.mode === "local"
            ? "No Tencent credentials are configured, so the console talks to the local stand-in cloud: real rooms, real media, real callbacks, all on this machine."
            : "The console talks to Tencent Cloud with the configured credentials."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[10rem_1fr] gap-y-2 text-sm">
          <dt className="text-muted-foreground">Endpoint</dt>
          <dd className="font-mono text-xs">{status.endpoint}</dd>
          <dt className="text-muted-foreground">Region</dt>
          <dd>{status.region}</dd>
          <dt className="text-muted-foreground">SdkAppId</dt>
          <dd className="tabular-nums">{status.sdkAppId}</dd>
          <dt className="text-muted-foreground">Recording</dt>
          <dd>{RECORDING_GENERATION_LABELS[application.generation]}</dd>
          <dt className="text-muted-foreground">Push domain</dt>
          <dd className="font-mono text-xs">{application.pushDomain ?? "not set (Applications)"}</dd>
        </dl>
        {status.problem ? <p className="mt-4 text-sm text-destructive">{status.problem}</p> : null}
      </CardContent>
    </Card>
  );
}
