import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApplicationSummary } from "@/lib/applications/list-applications";

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
              <TableHead>Push domain / path</TableHead>
              <TableHead>VOD sub-app</TableHead>
              <TableHead>Keys</TableHead>
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
                <TableCell className="font-mono text-xs">
                  {application.pushDomain}/{application.streamPath}
                </TableCell>
                <TableCell className="tabular-nums">{application.defaultVodSubAppId ?? "main application"}</TableCell>
                <TableCell className="flex flex-wrap gap-1">
                  <Badge variant={application.hasCallbackKey ? "success" : "muted"}>
                    {application.hasCallbackKey ? "callback key set" : "no callback key"}
                  </Badge>
                  <Badge variant="muted">{application.hasOwnSdkSecretKey ? "own SDK key" : "SDK key from env"}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
