import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { formatAmount, type Currency } from "@/lib/costs/money";
import { isLocale } from "@/lib/i18n/locales";
import type { DailyCost } from "@/lib/costs/usage-costs";
import { USAGE_CHART_CONFIG, USAGE_SERIES } from "./chart-config";
import { formatTick, stackBars, type ChartFrame } from "./chart-geometry";

const FRAME: ChartFrame = { width: 760, height: 260, left: 64, right: 12, top: 12, bottom: 28 };

function Legend() {
  const t = useTranslations("costs.usage");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label={t("chart.legend")}>
      {USAGE_SERIES.map((key) => (
        <li key={key} className="flex items-center gap-1.5">
          <span aria-hidden className="size-3 rounded-sm" style={{ background: USAGE_CHART_CONFIG[key].color }} />
          {t(`series.${key}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Cost per day as stacked bars (recording, storage, playback, transcoding). The SVG is one image
 * with a summary for screen readers; every value is in the table that follows it, and in each
 * segment's tooltip.
 */
export function UsageChart({ days, currency }: { days: DailyCost[]; currency: Currency }) {
  const t = useTranslations("costs.usage");
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "en";
  const money = (value: number) => formatAmount(value, currency, locale);
  const titleId = useId();
  const { bars, ticks } = stackBars(days, USAGE_SERIES, FRAME);
  const total = days.reduce((sum, day) => sum + day.total, 0);
  const first = days[0]?.date ?? "";
  const last = days.at(-1)?.date ?? "";
  const baseline = FRAME.height - FRAME.bottom;
  return (
    <figure className="flex flex-col gap-2" aria-labelledby={titleId}>
      <figcaption id={titleId} className="text-sm text-muted-foreground">
        {t("chart.caption", { from: first, to: last, currency })}
      </figcaption>
      <Legend />
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        className="h-auto w-full text-muted-foreground"
        role="img"
        aria-label={t("chart.summary", { days: days.length, total: money(total) })}
        data-testid="usage-chart"
      >
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={tick.y} y2={tick.y} stroke="var(--color-border)" />
            <text x={FRAME.left - 6} y={tick.y + 3} textAnchor="end" fontSize={10} fill="currentColor">
              {formatTick(tick.value, locale)}
            </text>
          </g>
        ))}
        <text x={4} y={FRAME.top + 4} fontSize={10} fill="currentColor">
          {currency}
        </text>
        {bars.map((bar) => (
          <g key={bar.date} data-testid={`usage-bar-${bar.date}`} data-total={bar.total}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.key}
                x={bar.x}
                y={segment.y}
                width={bar.width}
                height={segment.height}
                style={{ fill: USAGE_CHART_CONFIG[segment.key].color }}
                data-category={segment.key}
                data-value={segment.value}
              >
                <title>
                  {t("chart.segment", {
                    date: bar.date,
                    series: t(`series.${segment.key}`),
                    amount: money(segment.value),
                  })}
                </title>
              </rect>
            ))}
            <text
              x={bar.x + bar.width / 2}
              y={baseline + 14}
              textAnchor="middle"
              fontSize={10}
              fill="currentColor"
              className="tabular-nums"
            >
              {Number(bar.date.slice(8, 10))}
            </text>
          </g>
        ))}
        <line x1={FRAME.left} x2={FRAME.width - FRAME.right} y1={baseline} y2={baseline} stroke="currentColor" />
      </svg>
    </figure>
  );
}
