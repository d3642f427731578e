import { msg } from "@/lib/i18n/message";
import { agoMessage } from "./ago";

/** "2026-12-01 22:31 UTC (3 min ago)": when something happened, absolute and relative, as a message. */
export function formatWhen(at: Date, now: Date): string {
  return msg("readiness.format.when", {
    absolute: at.toISOString().slice(0, 16).replace("T", " "),
    ago: agoMessage(at, now),
  });
}

/** A list in prose, as a message: "a", "a and b", "a, b and c" (Chinese: "a、b 和 c"). Items may be messages. */
export function listInWords(items: readonly string[]): string {
  const [first, ...rest] = items;
  if (first === undefined) return "";
  if (rest.length === 0) return first;
  const last = rest.at(-1) ?? "";
  const head = rest.slice(0, -1).reduce((list, item) => msg("readiness.format.comma", { list, item }), first);
  return msg("readiness.format.and", { list: head, last });
}

/** Minutes as people read them: "12.5 minutes", as a message. */
export const formatMinutes = (minutes: number): string =>
  msg("readiness.format.minutes", {
    minutes: Number.isInteger(minutes) ? String(minutes) : minutes.toFixed(1),
    count: minutes,
  });

/**
 * Whole sentences one after another, as one message: English puts a space between them, Chinese
 * none. Empty parts are left out. Only for sentences that each stand alone, never for pieces of one.
 */
export function sentences(...parts: ReadonlyArray<string | null | undefined | false>): string {
  const kept = parts.filter((part): part is string => typeof part === "string" && part !== "");
  const [first, ...rest] = kept;
  if (first === undefined) return "";
  return rest.reduce((text, next) => msg("readiness.format.sentences", { first: text, next }), first);
}

/** Items one after another with commas, as a message: "a, b, c" (Chinese: "a、b、c"). Items may be messages. */
export function commaList(items: readonly string[]): string {
  const [first, ...rest] = items;
  if (first === undefined) return "";
  return rest.reduce((list, item) => msg("readiness.format.comma", { list, item }), first);
}
