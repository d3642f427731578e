import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CONSOLE_DIR = path.resolve("app/(console)");

async function pageFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return pageFiles(full);
      return Promise.resolve(entry.name === "page.tsx" ? [full] : []);
    }),
  );
  return nested.flat();
}

/** The first thing a page's default export awaits, e.g. `requirePageUser("viewer")`. */
function firstAwait(source: string): string | null {
  const body = source.slice(source.indexOf("export default async function"));
  return /await\s+([^;\n]+)/.exec(body)?.[1] ?? null;
}

/*
 * Next renders a layout and its page in parallel: the console layout's session check redirects,
 * but a page that does not check for itself has already started its reads (and cloud calls) by
 * then. So every page checks the session (and its role) before it awaits anything else.
 */
describe("console pages", async () => {
  const files = await pageFiles(CONSOLE_DIR);

  it("are found", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain(path.join(CONSOLE_DIR, "page.tsx"));
  });

  it.each(files.map((file) => [path.relative(CONSOLE_DIR, file), file]))(
    "%s checks the session before anything else",
    async (_name, file) => {
      expect(firstAwait(await readFile(file, "utf8"))).toMatch(/^requirePageUser\("(viewer|operator|admin)"\)/);
    },
  );
});
