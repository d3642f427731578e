import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { LocalTime } from "@/components/recordings/local-time";
import type { FindingDto } from "@/lib/data/health/read-findings";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { ReadinessResult } from "@/lib/readiness/current-application-readiness";
import { AttentionReadinessItems } from "./attention-readiness-items";

const TITLE_ID = "needs-attention-title";
/** A few on the Overview; the Health page lists them all. */
const SHOWN_FINDINGS = 5;

/**
 * What needs someone: the app's open health findings, and (for operators and admins, who see the
 * readiness check) its blocking and warning lines.
 */
export async function NeedsAttentionCard({
  findings,
  readiness,
}: {
  findings: readonly FindingDto[];
  readiness: Promise<ReadinessResult> | null;
}) {
  const t = await getTranslations("overview.attention");
  const messageText = await getMessageText();
  const shown = findings.slice(0, SHOWN_FINDINGS);
  return (
    <Card aria-labelledby={TITLE_ID} className="max-w-4xl">
      <CardHeader>
        <CardTitle id={TITLE_ID}>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4">
        <section aria-label={t("findingsLabel")}>
          <div className="flex items-center justify-between gap-3">
            <h3 className="text-sm font-medium">{t("findings", { count: findings.length })}</h3>
            <Link href="/health" className="text-sm text-primary underline">
              {t("health")}
            </Link>
          </div>
          {shown.length === 0 ? (
            <p className="py-2 text-sm text-muted-foreground">{t("noFindings")}</p>
          ) : (
            <ul className="divide-y">
              {shown.map((finding) => (
                <li key={finding.id} data-testid="attention-finding" className="flex flex-wrap gap-x-3 py-2 text-sm">
                  <span className="font-medium">{messageText(finding.title)}</span>
                  <span className="font-mono text-xs text-muted-foreground">{finding.subject}</span>
                  <span className="ml-auto text-muted-foreground">
                    <LocalTime iso={finding.foundAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        {readiness ? (
          <section aria-label={t("readinessLabel")}>
            <h3 className="text-sm font-medium">{t("readiness")}</h3>
            <ul className="divide-y">
              <Suspense
                fallback={
                  <li>
                    <Skeleton className="my-2 h-4 w-2/3" />
                  </li>
                }
              >
                <AttentionReadinessItems result={readiness} />
              </Suspense>
            </ul>
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
