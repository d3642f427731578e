import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CloudStatus } from "@/lib/data/overview/cloud-status";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { RecordingGeneration } from "@/lib/schemas/application";

export async function CloudStatusCard({
  status,
  application,
}: {
  status: CloudStatus;
  application: { generation: RecordingGeneration; pushDomain: string | null };
}) {
  const t = await getTranslations("overview.cloud");
  const messageText = await getMessageText();
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <div className="flex items-center gap-3">
          <CardTitle>{status.mode === "local" ? t("local") : t("tencent")}</CardTitle>
          {status.isReachable ? (
            <Badge variant="success">
              {status.latencyMs !== null ? t("answeringIn", { ms: status.latencyMs }) : t("answering")}
            </Badge>
          ) : (
            <Badge variant="destructive">{t("notAnswering")}</Badge>
          )}
        </div>
        <CardDescription>{status.mode === "local" ? t("localDescription") : t("tencentDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[10rem_1fr] gap-y-2 text-sm">
          <dt className="text-muted-foreground">{t("endpoint")}</dt>
          <dd className="font-mono text-xs">{messageText(status.endpoint)}</dd>
          <dt className="text-muted-foreground">{t("region")}</dt>
          <dd>{status.region}</dd>
          <dt className="text-muted-foreground">{t("sdkAppId")}</dt>
          <dd className="tabular-nums">{status.sdkAppId}</dd>
          <dt className="text-muted-foreground">{t("recording")}</dt>
          <dd>{t("generation", { generation: application.generation })}</dd>
          <dt className="text-muted-foreground">{t("pushDomain")}</dt>
          <dd className="font-mono text-xs">{application.pushDomain ?? t("pushDomainNotSet")}</dd>
        </dl>
        {status.problem ? <p className="mt-4 text-sm text-destructive">{messageText(status.problem)}</p> : null}
      </CardContent>
    </Card>
  );
}
