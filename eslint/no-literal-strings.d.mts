import type { Linter } from "eslint";

export const noLiteralStrings: Linter.Config;
