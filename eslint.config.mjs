import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";
import { noLiteralStrings } from "./eslint/no-literal-strings.mjs";

const typeChecked = tseslint.configs.recommendedTypeChecked.map((config) => ({
  ...config,
  files: ["**/*.{ts,tsx}"],
}));

// The boundary between the two programs (shared/README.md): the console (lib/, app/, components/,
// root files) and the local cloud (local-cloud/src) import each other's code only through
// shared/ (`@shared/*`) and the local cloud's public entry, local-cloud/src/index.ts.
// Relative climbs are matched by folder name: no folder inside local-cloud/ or shared/ is named
// like a top-level one, so a pattern cannot hit a sibling of the importing file.
const intoConsole = {
  regex: "^@/|^(?:\\.\\./)+(?:lib|app|components|e2e|bench|scripts)(?:/|$)",
  message: "The local cloud imports from outside local-cloud/ only @shared/*, never the console.",
};
const intoLocalCloudInternals = {
  // Anything under local-cloud/ but local-cloud/src/index.ts, written as `@/…`, relative or bare.
  regex: "^(?:@/|\\./|(?:\\.\\./)+)?local-cloud(?:/(?!src(?:/index)?$)|$)",
  message:
    "The console imports from local-cloud/ only its public entry, local-cloud/src/index.ts; shared code is @shared/*.",
};
const intoEitherProgram = {
  regex: "^@/|^(?:\\.\\./)+(?:lib|app|components|local-cloud|e2e|bench|scripts)(?:/|$)",
  message: "shared/ is imported by both programs and imports neither.",
};
// Layers of the console: lib/ is imported by components/, never the other way round (a hook that
// needs the UI, such as a toast, lives in components/hooks/).
const libIntoComponents = {
  regex: "^@/components(?:/|$)|^(?:\\.\\./)+components(?:/|$)",
  message: "lib/ never imports from components/: move the code that needs the UI into components/.",
};
// Outside the boundary on purpose: tests (*.test.ts, local-cloud/test/**), e2e/**, bench/** and
// scripts/**. They drive both programs, e.g. lib tests start a local cloud through
// local-cloud/test/helpers and a local-cloud test helper checks callbacks as the console does.
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx"];
const importBoundary = [
  {
    files: ["local-cloud/src/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [intoConsole] }] },
  },
  {
    files: ["{lib,app,components}/**/*.{ts,tsx}", "*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [intoLocalCloudInternals] }] },
  },
  // Replaces the console block's patterns for lib/ (flat config does not merge a rule's options).
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [intoLocalCloudInternals, libIntoComponents] }] },
  },
  // The layer rule holds for lib/'s tests too; only the local-cloud boundary leaves them out.
  {
    files: ["lib/**/*.test.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [libIntoComponents] }] },
  },
  {
    files: ["shared/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [intoEitherProgram] }] },
  },
];

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "lib/db/migrations/**",
      "**/*.mjs",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  ...typeChecked,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-expect-error": "allow-with-description" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  ...importBoundary,
  noLiteralStrings,
];

export default config;
