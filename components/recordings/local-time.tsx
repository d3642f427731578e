"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/** How an instant reads before the browser's zone is known: UTC, said so, the same on server and client. */
function utcText(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/**
 * An instant in the viewer's time zone and locale. The server does not know the viewer's zone, so
 * the first render (server and hydration alike) shows UTC and the browser then shows its own.
 */
export function LocalTime({ iso, part = "datetime" }: { iso: string; part?: "datetime" | "time" }) {
  const isBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <span>{iso || "–"}</span>;
  const text = !isBrowser ? utcText(date) : part === "time" ? date.toLocaleTimeString() : date.toLocaleString();
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {text}
    </time>
  );
}
