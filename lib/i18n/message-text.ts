// use-intl is next-intl's core: it loads anywhere (the doctor CLI runs under the react-server
// condition, where "next-intl" itself needs Next's React).
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "./catalog";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { renderMessage, type MessageValues } from "./message";

const translators = new Map<Locale, (key: string, values: MessageValues) => string>();

function translatorFor(locale: Locale): (key: string, values: MessageValues) => string {
  let translate = translators.get(locale);
  if (!translate) {
    const t = createTranslator({ locale, messages: CATALOGS[locale] });
    // Keys come from `msg` at run time, so they are checked against the catalog here, not by tsc.
    translate = (key, values) => (t.has(key as never) ? t(key as never, values as never) : key);
    translators.set(locale, translate);
  }
  return translate;
}

/**
 * A message from `msg` in words, outside React: a route handler's JSON error, a log line, a test.
 * Plain text comes back as it is.
 */
export function messageText(text: string, locale: Locale = DEFAULT_LOCALE): string {
  return renderMessage(text, translatorFor(locale));
}
