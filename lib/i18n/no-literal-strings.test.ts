import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { noLiteralStrings } from "@/eslint/no-literal-strings.mjs";

// The lint rule alone, with type information as `npm run lint` has it: the rule lets through a
// string whose parameter type is a set of literals (a catalog key, a form field's name).
function linter(): ESLint {
  return new ESLint({
    cwd: process.cwd(),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ["**/*.tsx"],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { ecmaFeatures: { jsx: true }, projectService: true, tsconfigRootDir: process.cwd() },
        },
      },
      noLiteralStrings,
    ],
  });
}

describe("every word a page shows comes from the catalogs", () => {
  it("refuses a literal in JSX text and in an attribute a person reads", async () => {
    const [result] = await linter().lintText(
      `export function Sample() {
        return <button aria-label="Close the dialog" className="p-2">Save settings</button>;
      }`,
      { filePath: "components/layout/sign-out-button.tsx" },
    );
    expect(result?.messages.map((message) => message.ruleId)).toEqual([
      "i18next/no-literal-string",
      "i18next/no-literal-string",
    ]);
  });

  it("finds no literal in any page or component", async () => {
    const results = await linter().lintFiles(["app/**/*.tsx", "components/**/*.tsx"]);
    const found = results.flatMap((result) =>
      // Only this rule's findings: the files' disable comments name rules this linter does not load.
      result.messages
        .filter((message) => message.ruleId === "i18next/no-literal-string")
        .map((message) => `${result.filePath.replace(`${process.cwd()}/`, "")}:${message.line} ${message.message}`),
    );
    expect(found).toEqual([]);
  });
});
