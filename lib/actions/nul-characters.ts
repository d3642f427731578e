/**
 * The dotted paths of strings in `value` (at any depth, keys included) that hold a NUL character.
 * PostgreSQL's text cannot store U+0000: such a string would fail deep in a write as an
 * unexpected error, so actions refuse it up front, as a named validation error.
 */
export function nulCharacterPaths(value: unknown, path: readonly string[] = []): string[] {
  const here = path.join(".") || "_form";
  if (typeof value === "string") return value.includes("\u0000") ? [here] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => nulCharacterPaths(item, [...path, String(index)]));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key.includes("\u0000") ? [here] : nulCharacterPaths(child, [...path, key]),
  );
}
