import i18next from "eslint-plugin-i18next";

// Every word a page shows comes from the catalogs (messages/*.json): a literal in JSX text or in
// an attribute a person reads is an error (lib/i18n/no-literal-strings.test.ts proves it bites).
export const noLiteralStrings = {
  files: ["{app,components}/**/*.tsx"],
  ignores: ["**/*.test.tsx"],
  plugins: { i18next },
  rules: {
    "i18next/no-literal-string": [
      "error",
      {
        mode: "jsx-only",
        "jsx-attributes": {
          include: [
            "aria-label",
            "aria-description",
            "aria-valuetext",
            "placeholder",
            "title",
            "alt",
            ".*[lL]abel",
            "description",
            "heading",
            "hint",
            "summary",
            "emptyText",
            "message",
          ],
        },
        words: { exclude: ["[0-9!-/:-@[-`{-~\\s·×–—→←↑↓…%]+", "[A-Z_-]+"] },
      },
    ],
  },
};
