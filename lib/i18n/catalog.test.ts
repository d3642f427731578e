import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalog";
import { LOCALES, type Locale } from "./locales";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog by its full key. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The names of a message's arguments ({count}, {field} …), nested plurals and selects included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(CATALOGS[locale] as Tree)])) as Record<
  Locale,
  Map<string, string>
>;

describe("the catalogs", () => {
  it("have the same keys in every language", () => {
    const english = [...flat.en.keys()].sort();
    for (const locale of LOCALES) {
      const keys = [...flat[locale].keys()].sort();
      expect({ locale, missing: english.filter((key) => !flat[locale].has(key)) }).toEqual({ locale, missing: [] });
      expect({ locale, extra: keys.filter((key) => !flat.en.has(key)) }).toEqual({ locale, extra: [] });
    }
  });

  it("hold valid ICU messages with the same arguments in every language", () => {
    const mismatches: string[] = [];
    for (const [key, english] of flat.en) {
      const expected = [...argumentsOf(parse(english))].sort().join(",");
      for (const locale of LOCALES) {
        const text = flat[locale].get(key);
        if (text === undefined) continue;
        const found = [...argumentsOf(parse(text))].sort().join(",");
        if (found !== expected) mismatches.push(`${locale} ${key}: {${found}} where English has {${expected}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("leave no message empty or untranslated Chinese equal to long English prose", () => {
    const suspicious: string[] = [];
    for (const [key, english] of flat.en) {
      const chinese = flat["zh-CN"].get(key) ?? "";
      if (chinese.trim() === "") suspicious.push(`${key}: empty`);
      // A sentence of English words copied as the Chinese text was not translated.
      else if (chinese === english && /[a-z]{3,} [a-z]{3,} [a-z]{3,}/.test(english)) suspicious.push(key);
    }
    expect(suspicious).toEqual([]);
  });
});
