/**
 * RHF's nested errors under `prefix` as a flat map (`slots.0.width` → messages): the layout fields
 * and the editor take errors that way, whether they came from zod in the browser or the server.
 */
export function flatErrors(errors: unknown, prefix = ""): Record<string, string[]> {
  const flat: Record<string, string[]> = {};
  const visit = (node: unknown, path: string) => {
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.message === "string" && record.message) {
      (flat[path] ??= []).push(record.message);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key === "message" || key === "type" || key === "ref" || key === "types" || key === "root") continue;
      visit(value, path ? `${path}.${key}` : key);
    }
    if (typeof record.root === "object" && record.root !== null) visit(record.root, path);
  };
  visit(errors, prefix);
  return flat;
}

/** The entries of a flat map under `prefix.`, with the prefix taken off (`prefix` itself becomes ``). */
export function errorsUnder(errors: Record<string, string[]>, prefix: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([key, messages]) =>
      key === prefix
        ? [["", messages]]
        : key.startsWith(`${prefix}.`)
          ? [[key.slice(prefix.length + 1), messages]]
          : [],
    ),
  );
}
