import { messageText } from "@/lib/i18n/message-text";
import type { DecodedField } from "../decode-event";

/** Decoded fields as the inbox shows them in English: what the tests compare with. */
export function decodedInWords(fields: DecodedField[]): { label: string; value: string; href?: string }[] {
  return fields.map(({ label, value, isValueMessage, href }) => ({
    label: messageText(label),
    value: isValueMessage ? messageText(value) : value,
    ...(href === undefined ? {} : { href }),
  }));
}
