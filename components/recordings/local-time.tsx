"use client";
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The browser's own variant of the console's language where it has one (en-GB writes 24-hour
 * times, en-US 12-hour), else the console's language itself.
 */
function formattingLocale(consoleLocale: string): string {
  const base = consoleLocale.split("-")[0] ?? consoleLocale;
  const browser = navigator.languages.find((tag) => tag.split("-")[0] === base);
  return browser ?? consoleLocale;
}
/** The zone Tencent writes into recording file names and VOD's console shows: Beijing time. */
const BEIJING = "Asia/Shanghai";

/**
 * An instant in the viewer's time zone and language; with `beijing`, Beijing time beside it (where
 * Tencent's file names and console use it). The server does not know the viewer's zone, so the
 * first render (server and hydration alike) shows UTC, said so, and the browser then shows its own.
 */
export function LocalTime({
  iso,
  part = "datetime",
  beijing = false,
}: {
  iso: string;
  part?: "datetime" | "time";
  beijing?: boolean;
}) {
  const t = useTranslations("common");
  const locale = useLocale();
  const viewerZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <span>{iso || t("dash")}</span>;
  const style: Intl.DateTimeFormatOptions =
    part === "time" ? { timeStyle: "medium" } : { dateStyle: "medium", timeStyle: "medium" };
  const formatIn = (timeZone: string) =>
    new Intl.DateTimeFormat(viewerZone ? formattingLocale(locale) : locale, { ...style, timeZone }).format(date);
  const text = viewerZone ? formatIn(viewerZone) : t("utc", { time: formatIn("UTC") });
  const showBeijing = beijing && viewerZone !== null && viewerZone !== BEIJING;
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {text}
      {showBeijing ? (
        <span className="text-muted-foreground"> {t("beijingTime", { time: formatIn(BEIJING) })}</span>
      ) : null}
    </time>
  );
}
