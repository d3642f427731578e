"use client";
import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";
import type { PriceTable } from "@/lib/costs/price-table";
import { estimateLibraryRecording, type RecordingCostSource } from "@/lib/costs/recording-facts";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { useMoney } from "./use-money";

/**
 * A library row's estimated cost (recording + storage over its retention); the arithmetic is in
 * the cell's tooltip and on the recording's page. `prices` is undefined while they load.
 */
export function RecordingCostCell({
  recording,
  prices,
  hasFailed,
}: {
  recording: RecordingCostSource;
  prices: PriceTable | undefined;
  hasFailed: boolean;
}) {
  const t = useTranslations("costs.recordingCost");
  const money = useMoney();
  const messageText = useMessageText();
  if (hasFailed) return <span title={t("pricesFailed")}>–</span>;
  if (!prices) return <Skeleton className="ml-auto h-4 w-16" />;
  const estimate = estimateLibraryRecording(recording, prices);
  const perDay = recording.expiresAt === null ? estimate.storagePerDay?.amount : null;
  const details = [
    ...estimate.lines.map((line) => `${messageText(line.label)}: ${messageText(line.formula)}`),
    ...estimate.gaps.map(messageText),
  ].join("\n");
  return (
    <span className="flex flex-col items-end" title={details} data-testid="recording-cost">
      <span className="tabular-nums">
        {estimate.missingPrices.length > 0
          ? t("unpriced", { amount: money.amount(estimate.total, estimate.currency) })
          : money.amount(estimate.total, estimate.currency)}
      </span>
      {typeof perDay === "number" ? (
        <span className="text-xs text-muted-foreground tabular-nums">
          {t("perDay", { amount: money.amount(perDay, estimate.currency) })}
        </span>
      ) : null}
    </span>
  );
}
