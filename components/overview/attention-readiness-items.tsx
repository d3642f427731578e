import { getTranslations } from "next-intl/server";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { ReadinessResult } from "@/lib/readiness/current-application-readiness";

/**
 * The readiness lines that need attention (blocking first, then warnings), awaited inside the
 * Needs-attention card's own Suspense so its health findings show before the cloud answers.
 */
export async function AttentionReadinessItems({ result }: { result: Promise<ReadinessResult> }) {
  const outcome = await result;
  const t = await getTranslations("overview.attention");
  const messageText = await getMessageText();
  if (!outcome.ok) return <li className="py-2 text-sm text-destructive">{messageText(outcome.problem)}</li>;
  const lines = [
    ...outcome.report.lines.filter((line) => line.status === "blocking"),
    ...outcome.report.lines.filter((line) => line.status === "warning"),
  ];
  if (lines.length === 0) return <li className="py-2 text-sm text-muted-foreground">{t("readinessClear")}</li>;
  return lines.map((line) => (
    <li key={line.id} data-testid="attention-readiness" className="py-2 text-sm">
      <span className={line.status === "blocking" ? "font-medium text-destructive" : "font-medium"}>
        {t(line.status === "blocking" ? "blocking" : "warning", { title: messageText(line.title) })}
      </span>{" "}
      <a href="#readiness-title" className="text-primary underline">
        {t("seeReadiness")}
      </a>
    </li>
  ));
}
