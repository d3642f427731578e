import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import { RECORDING_GENERATION_LABELS } from "@/lib/schemas/application";

export function ApplicationsTable({
  applications,
  currentSdkAppId,
}: {
  applications: ApplicationSummary[];
  currentSdkAppId: number;
}) {
  return (
    <Card>
      <CardContent className="pt-5">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>SdkAppId</TableHead>
              <TableHead>Recording</TableHead>
              <TableHead>Push domain / path</TableHead>
              <TableHead>VOD</TableHead>
              <TableHead>Keys</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {applications.map((application) => (
              <TableRow key={application.sdkAppId}>
                <TableCell>
                  {application.name}
                  {application.sdkAppId === currentSdkAppId ? (
                    <span className="ml-2 text-xs text-muted-foreground">(selected)</span>
                  ) : null}
                </TableCell>
                <TableCell className="tabular-nums">{application.sdkAppId}</TableCell>
                <TableCell>
                  <Badge variant={application.generation === "cloud" ? "default" : "muted"}>
                    {RECORDING_GENERATION_LABELS[application.generation]}
                  </Badge>
                </TableCell>
                <TableCell className="font-mono text-xs">
                  {application.pushDomain ? (
                    `${application.pushDomain}/${application.streamPath}`
                  ) : (
                    <Badge variant="warning">push domain not set</Badge>
                  )}
                </TableCell>
                <TableCell className="text-xs">
                  <span className="tabular-nums">{application.defaultVodSubAppId ?? "default application"}</span>
                  {application.mediaDomainHttps ? <span className="block text-muted-foreground">https</span> : null}
                </TableCell>
                <TableCell className="flex flex-wrap gap-1">
                  <Badge variant={application.hasCallbackKey ? "success" : "muted"}>
                    {application.hasCallbackKey ? "callback key set" : "no callback key"}
                  </Badge>
                  <Badge variant="muted">{application.hasOwnSdkSecretKey ? "own SDK key" : "SDK key from env"}</Badge>
                  <Badge variant={application.hasMediaHotlinkKey ? "success" : "muted"}>
                    {application.hasMediaHotlinkKey ? "hotlink key set" : "no hotlink key"}
                  </Badge>
                </TableCell>
                <TableCell>
                  <Link
                    href={`/applications?edit=${application.sdkAppId}`}
                    className="text-sm text-primary underline-offset-4 hover:underline"
                    aria-label={`Edit ${application.name}`}
                  >
                    Edit
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
