import type { HourlyEstimate } from "@/lib/costs/hourly-estimate";
import { useTranslations } from "next-intl";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { useMoney } from "@/components/costs/use-money";

/** A per-hour estimate with the arithmetic of each line and what it leaves out (lib/costs). */
export function EstimateSummary({ estimate, title }: { estimate: HourlyEstimate; title: string }) {
  const t = useTranslations("recordingTasks.estimate");
  // Lines and gaps are messages from lib/costs, put into the viewer's language here.
  const messageText = useMessageText();
  const money = useMoney();
  return (
    <section aria-label={title} className="flex flex-col gap-2 rounded-md border bg-muted/40 p-3 text-sm">
      <p className="font-medium">
        {t.rich("perHour", {
          title,
          amount: money.amount(estimate.total, estimate.currency),
          figure: (chunks) => <span className="tabular-nums">{chunks}</span>,
        })}
      </p>
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {estimate.lines.map((line) => (
          <li key={`${line.label}-${line.priceKey}`}>
            <span className="text-foreground">{messageText(line.label)}</span>:{" "}
            <span className="tabular-nums">{messageText(line.formula)}</span>
          </li>
        ))}
      </ul>
      {estimate.gaps.length > 0 ? (
        <ul className="flex list-disc flex-col gap-1 pl-4 text-xs text-muted-foreground">
          {estimate.gaps.map((gap) => (
            <li key={gap}>{messageText(gap)}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-muted-foreground">{t("source", { currency: estimate.currency })}</p>
    </section>
  );
}
