import { useLocale, useTranslations } from "next-intl";
import { formatAmount } from "@/lib/costs/money";
import type { PriceTable } from "@/lib/costs/price-table";
import { estimateLibraryRecording, type RecordingCostSource } from "@/lib/costs/recording-facts";
import { isLocale } from "@/lib/i18n/locales";
import { renderMessage } from "@/lib/i18n/message";

/** Each source type's billing note (catalog keys under costs.recordingCost). */
const BILLING_NOTES = { Record: "legacyNote", TrtcRecord: "trtcNote" } as const;

function isNoted(type: string | null | undefined): type is keyof typeof BILLING_NOTES {
  return typeof type === "string" && Object.hasOwn(BILLING_NOTES, type);
}

/**
 * A recording's estimated cost with the arithmetic of each line and what it leaves out. The lines
 * come from the shared estimate functions (lib/costs) as messages, put into words here. Rendered
 * by a server component, so it translates with `useTranslations` rather than the client-only
 * useMessageText.
 */
export function RecordingCost({ recording, prices }: { recording: RecordingCostSource; prices: PriceTable }) {
  const t = useTranslations("costs.recordingCost");
  const tAll = useTranslations();
  // Keys come from `msg` at run time; a key the catalog lacks shows as the key, not a crash.
  const words = (text: string) =>
    renderMessage(text, (key, values) => (tAll.has(key as never) ? tAll(key as never, values as never) : key));
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "en";
  const estimate = estimateLibraryRecording(recording, prices);
  const { currency } = estimate;
  const money = (value: number) => formatAmount(value, currency, locale);
  const isForever = recording.expiresAt === null;
  const type = recording.source.type;
  return (
    <section
      aria-labelledby="recording-cost-title"
      className="flex flex-col gap-2 text-sm"
      data-testid="recording-cost"
    >
      <h3 id="recording-cost-title" className="font-medium">
        {t.rich("estimated", {
          total: () => (
            <span className="tabular-nums" data-testid="recording-cost-total">
              {money(estimate.total)}
            </span>
          ),
        })}
        {isForever && typeof estimate.storagePerDay?.amount === "number" ? (
          <span className="tabular-nums">{t("perDayKept", { amount: money(estimate.storagePerDay.amount) })}</span>
        ) : null}
      </h3>
      <ul className="flex flex-col gap-1 text-xs text-muted-foreground">
        {estimate.lines.map((line) => (
          <li key={`${line.label}-${line.priceKey}`} data-testid={`recording-cost-${line.category}`}>
            <span className="text-foreground">{words(line.label)}</span>:{" "}
            <span className="font-mono tabular-nums">{words(line.formula)}</span>
          </li>
        ))}
      </ul>
      {estimate.gaps.length > 0 ? (
        <ul className="flex list-disc flex-col gap-1 pl-4 text-xs text-muted-foreground">
          {estimate.gaps.map((gap) => (
            <li key={gap}>{words(gap)}</li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-muted-foreground">
        {isNoted(type) ? `${t(BILLING_NOTES[type])} ` : " "}
        {t("pricesFrom", { currency })}
      </p>
    </section>
  );
}
