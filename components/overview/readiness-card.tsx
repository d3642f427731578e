import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
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
  return (
    <Card aria-labelledby={TITLE_ID} className="max-w-4xl">
      <CardHeader>
        <CardTitle id={TITLE_ID}>Readiness check</CardTitle>
        <CardDescription>
          {outcome.ok
            ? `App ${outcome.report.target.sdkAppId} against ${outcome.report.cloud}, checked ${outcome.report.checkedAt.toISOString().slice(0, 19).replace("T", " ")} UTC. Only reads and calls that cannot act are sent. `
            : null}
          <Link href="/" prefetch={false} className="text-primary underline">
            Check again
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
              {summaryOf(outcome.report)}
            </p>
            <ul aria-label="Readiness lines" className="mt-2 divide-y">
              {outcome.report.lines.map((line) => (
                <ReadinessLineItem key={line.id} line={line} />
              ))}
            </ul>
          </>
        ) : (
          <p role="alert" className="text-sm text-destructive">
            {outcome.problem}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
