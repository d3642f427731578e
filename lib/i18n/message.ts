/**
 * A message made where the viewer's language is not known (a zod schema shared by a form and its
 * server action, a data function, a route handler) travels as a string that names a catalog key
 * and its values; it is put into words where it is shown (FieldError, the toaster, Alert, an API
 * response), in the viewer's language. A value may itself be such a message: a field's name in
 * "{field} must be a whole number from {min} to {max}" is translated too.
 *
 * A string without the mark (a cloud error's own text, a user's input) is shown as it is.
 */
export type MessageValue = string | number;
export type MessageValues = Record<string, MessageValue>;

// U+2063 (invisible separator) cannot come from a form field or a cloud error by accident.
const MARK = "\u2063m:";

export interface MessageDescriptor {
  key: string;
  values: MessageValues;
}

/** A message by its catalog key (from the root: `settings.errors.callbackUrl`). */
export function msg(key: string, values: MessageValues = {}): string {
  return `${MARK}${JSON.stringify([key, values])}`;
}

export function isMessage(text: string): boolean {
  return text.startsWith(MARK);
}

/** The key and values of a message made by `msg`, or null for plain text. */
export function decodeMessage(text: string): MessageDescriptor | null {
  if (!isMessage(text)) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(MARK.length));
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string") return null;
    const values: unknown = (parsed as unknown[])[1];
    if (typeof values !== "object" || values === null || Array.isArray(values)) return { key: parsed[0], values: {} };
    const checked: MessageValues = {};
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      if (typeof value === "string" || typeof value === "number") checked[name] = value;
    }
    return { key: parsed[0], values: checked };
  } catch {
    return null;
  }
}

/** Translator shape both next-intl's `useTranslations()` and `createTranslator` give. */
export type TranslateByKey = (key: string, values: MessageValues) => string;

/** Puts a message into words with `translate`, its nested messages first; plain text unchanged. */
export function renderMessage(text: string, translate: TranslateByKey): string {
  const descriptor = decodeMessage(text);
  if (!descriptor) return text;
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(descriptor.values)) {
    values[name] = typeof value === "string" ? renderMessage(value, translate) : value;
  }
  return translate(descriptor.key, values);
}
