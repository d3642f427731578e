import { useTranslations } from "next-intl";

/** One row of a horizontal bar chart: a label, its value as a bar scaled to `max`, and the value in words. */
export interface BarRow {
  label: string;
  value: number;
  text: string;
}

/**
 * A plain CSS bar chart (no chart library: the page ships no chart JS). `reference` draws a
 * dashed line at that value, e.g. Tencent's documented delay or the account's task limit.
 */
export function BarRows({
  rows,
  max,
  reference,
  empty,
}: {
  rows: BarRow[];
  max: number;
  reference?: { value: number; label: string };
  empty: string;
}) {
  const t = useTranslations("health");
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  const scale = Math.max(max, reference?.value ?? 0, 1);
  const percent = (value: number) => `${Math.min(100, (value / scale) * 100)}%`;
  return (
    <div className="space-y-1">
      {reference ? (
        <p className="text-xs text-muted-foreground">{t("dashedLine", { label: reference.label })}</p>
      ) : null}
      {rows.map((row) => (
        <div key={row.label} className="grid grid-cols-[7rem_1fr_9rem] items-center gap-2 text-sm">
          <span className="text-muted-foreground tabular-nums">{row.label}</span>
          <div className="relative h-4 rounded bg-muted">
            <div className="h-4 rounded bg-primary" style={{ width: percent(row.value) }} />
            {reference ? (
              <div
                className="absolute top-0 h-4 border-l-2 border-dashed border-foreground"
                style={{ left: percent(reference.value) }}
              />
            ) : null}
          </div>
          <span className="tabular-nums">{row.text}</span>
        </div>
      ))}
    </div>
  );
}
