import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { ReadinessResult } from "@/lib/readiness/current-application-readiness";
import { summaryOf } from "@/lib/readiness/render-text";
import { isBlocked } from "@/lib/readiness/types";
import { ReadinessLineItem } from "./readiness-line-item";

const TITLE_ID = "readiness-title";

/**
 * The account readiness check of the current app (lib/readiness), the same lines `npm run doctor`
 * prints. A server component: it awaits the check the page started, inside the page's Suspense.
 */
export async function ReadinessCard({ result }: { result: Promise<ReadinessResult> }) {
  const outcome = await result;
  const t = await getTranslations("readiness.card");
  const messageText = await getMessageText();
  return (
    <Card aria-labelledby={TITLE_ID} className="max-w-4xl">
      <CardHeader>
        <CardTitle id={TITLE_ID}>{t("title")}</CardTitle>
        <CardDescription>
          {outcome.ok
            ? t("checked", {
                sdkAppId: String(outcome.report.target.sdkAppId),
                cloud: messageText(outcome.report.cloud),
                time: outcome.report.checkedAt.toISOString().slice(0, 19).replace("T", " "),
              })
            : null}
          <Link href="/" prefetch={false} className="text-primary underline">
            {t("checkAgain")}
          </Link>
        </CardDescription>
      </CardHeader>
      <CardContent>
        {outcome.ok ? (
          <>
            <p
              role="status"
              data-testid="readiness-summary"
              className={isBlocked(outcome.report) ? "text-sm font-medium text-destructive" : "text-sm font-medium"}
            >
              {messageText(summaryOf(outcome.report))}
            </p>
            <ul aria-label={t("linesLabel")} className="mt-2 divide-y">
              {outcome.report.lines.map((line) => (
                <ReadinessLineItem key={line.id} line={line} />
              ))}
            </ul>
          </>
        ) : (
          <p role="alert" className="text-sm text-destructive">
            {messageText(outcome.problem)}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
