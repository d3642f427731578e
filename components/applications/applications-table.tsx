import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";

export function ApplicationsTable({
  applications,
  currentSdkAppId,
}: {
  applications: ApplicationSummary[];
  currentSdkAppId: number;
}) {
  const t = useTranslations("applications");
  return (
    <Card>
      <CardContent className="pt-5">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("table.name")}</TableHead>
              <TableHead>{t("table.sdkAppId")}</TableHead>
              <TableHead>{t("table.recording")}</TableHead>
              <TableHead>{t("table.pushDomainPath")}</TableHead>
              <TableHead>{t("table.vod")}</TableHead>
              <TableHead>{t("table.keys")}</TableHead>
              <TableHead>
                <span className="sr-only">{t("table.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {applications.map((application) => (
              <TableRow key={application.sdkAppId}>
                <TableCell>
                  {application.name}
                  {application.sdkAppId === currentSdkAppId ? (
                    <span className="ml-2 text-xs text-muted-foreground">{t("table.selected")}</span>
                  ) : null}
                </TableCell>
                <TableCell className="tabular-nums">{application.sdkAppId}</TableCell>
                <TableCell>
                  <Badge variant={application.generation === "cloud" ? "default" : "muted"}>
                    {t(`generations.${application.generation}`)}
                  </Badge>
                </TableCell>
                <TableCell className="font-mono text-xs">
                  {application.pushDomain ? (
                    `${application.pushDomain}/${application.streamPath}`
                  ) : (
                    <Badge variant="warning">{t("table.pushDomainNotSet")}</Badge>
                  )}
                </TableCell>
                <TableCell className="text-xs">
                  <span className="tabular-nums">
                    {application.defaultVodSubAppId ?? t("table.defaultVodApplication")}
                  </span>
                  {application.mediaDomainHttps ? (
                    <span className="block text-muted-foreground">{t("table.https")}</span>
                  ) : null}
                </TableCell>
                <TableCell className="flex flex-wrap gap-1">
                  <Badge variant={application.hasCallbackKey ? "success" : "muted"}>
                    {application.hasCallbackKey ? t("table.callbackKeySet") : t("table.noCallbackKey")}
                  </Badge>
                  <Badge variant="muted">
                    {application.hasOwnSdkSecretKey ? t("table.ownSdkKey") : t("table.sdkKeyFromEnv")}
                  </Badge>
                  <Badge variant={application.hasMediaHotlinkKey ? "success" : "muted"}>
                    {application.hasMediaHotlinkKey ? t("table.hotlinkKeySet") : t("table.noHotlinkKey")}
                  </Badge>
                </TableCell>
                <TableCell>
                  <Link
                    href={`/applications?edit=${application.sdkAppId}`}
                    className="text-sm text-primary underline-offset-4 hover:underline"
                    aria-label={t("table.editLabel", { name: application.name })}
                  >
                    {t("table.edit")}
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
