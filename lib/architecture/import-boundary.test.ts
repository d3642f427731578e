import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RULE = "no-restricted-imports";

// The repository's own eslint.config.mjs, with only the boundary rule running: the type-aware
// rules would need a TypeScript program for files that exist only in these strings.
const eslint = new ESLint({
  cwd: REPO_ROOT,
  ruleFilter: ({ ruleId }) => ruleId === RULE,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

/** The boundary rule's reports for `source` imported by a file at `filePath` (from the repo root). */
async function boundaryReports(filePath: string, source: string): Promise<string[]> {
  const code = `import { probe } from "${source}";\nexport const used = probe;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${filePath}` });
  const messages = result?.messages ?? [];
  // A parse error or an ignored path reports without a rule id; then silence would prove nothing.
  const unlinted = messages.find((message) => message.ruleId === null);
  if (unlinted) throw new Error(`${filePath} was not linted: ${unlinted.message}`);
  return messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

describe("import boundary between the console and the local cloud", () => {
  it.each([
    ["local-cloud/src/services/trtc/models/probe.ts", "@/lib/db"],
    ["local-cloud/src/media/mixer/probe.ts", "../../../../lib/layouts/editor-output"],
    ["lib/env/probe.ts", "../../local-cloud/src/server"],
    ["lib/env/probe.ts", "local-cloud/src/server"],
    ["components/recording-tasks/probe.tsx", "@/local-cloud/src/options"],
    ["lib/data/probe.ts", "../../local-cloud/test/helpers/eventually"],
    ["shared/layouts/probe.ts", "@/lib/schemas/mix"],
    ["shared/probe.ts", "../local-cloud/src/options"],
  ])("%s may not import %s", async (filePath, source) => {
    expect(await boundaryReports(filePath, source)).toHaveLength(1);
  });

  it.each([
    ["local-cloud/src/services/trtc/models/probe.ts", "@shared/layouts/compute-layout"],
    ["local-cloud/src/media/mixer/probe.ts", "./mix-graph"],
    ["lib/env/probe.ts", "@shared/local-cloud-defaults"],
    ["lib/env/probe.ts", "../../local-cloud/src/index"],
    ["components/recording-tasks/probe.tsx", "@/local-cloud/src"],
    ["shared/layouts/probe.ts", "../local-cloud-account"],
    // Tests drive both programs, so they stand outside the boundary.
    ["lib/data/probe.test.ts", "../../local-cloud/test/helpers/eventually"],
    ["local-cloud/src/env/probe.test.ts", "@/lib/db"],
  ])("%s may import %s", async (filePath, source) => {
    expect(await boundaryReports(filePath, source)).toEqual([]);
  });
});

describe("layers of the console: lib/ never imports components/", () => {
  it.each([
    ["lib/hooks/probe.ts", "@/components/ui/toaster"],
    ["lib/data/rooms/probe.ts", "../../../components/rooms/room-card"],
    ["lib/actions/rooms/probe.test.ts", "@/components/ui/toaster"],
    // lib/'s own block replaces the console's: the local-cloud boundary must still hold there.
    ["lib/data/rooms/probe.ts", "@/local-cloud/src/options"],
  ])("%s may not import %s", async (filePath, source) => {
    expect(await boundaryReports(filePath, source)).toHaveLength(1);
  });

  it.each([
    ["components/hooks/probe.ts", "@/components/ui/toaster"],
    ["components/rooms/probe.tsx", "@/lib/queries/keys"],
    ["lib/data/rooms/probe.ts", "@/lib/rooms/types"],
  ])("%s may import %s", async (filePath, source) => {
    expect(await boundaryReports(filePath, source)).toEqual([]);
  });
});
