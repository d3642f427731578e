/**
 * Makes what a caller sent safe to store in PostgreSQL without changing what it means to a reader.
 * PostgreSQL refuses NUL in `text` and `\u0000` or a lone surrogate in `jsonb`; either would make
 * the insert throw, so a hostile body could turn every delivery into a 500.
 */

/** Tencent's bodies nest four levels deep at most; far deeper nesting is only ever an attack. */
export const MAX_BODY_DEPTH = 32;

const REPLACEMENT = "\uFFFD";

/** The text with NULs and lone surrogates replaced by U+FFFD, the usual mark for "unrepresentable". */
export function storableText(text: string): string {
  return text.replaceAll("\u0000", REPLACEMENT).toWellFormed();
}

/** How deep the value nests, stopping as soon as it passes `limit` (so a deep value costs no stack). */
export function nestsDeeperThan(value: unknown, limit: number = MAX_BODY_DEPTH): boolean {
  const visit = (item: unknown, depth: number): boolean => {
    if (item === null || typeof item !== "object") return false;
    if (depth > limit) return true;
    const children: unknown[] = Array.isArray(item) ? item : Object.values(item);
    return children.some((child) => visit(child, depth + 1));
  };
  return visit(value, 1);
}

/**
 * A copy of a parsed JSON value whose strings and keys are storable text. Call it only on values
 * that `nestsDeeperThan` accepted: it recurses once per level.
 */
export function storableJson(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storableJson);
  if (value !== null && typeof value === "object") {
    // fromEntries defines own properties, so a "__proto__" key stays a plain key.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableText(key), storableJson(item)]));
  }
  return value;
}
