import { readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_ROOTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package.json",
];
const BUILD_MARKER = ".next/BUILD_ID";

function newestMtime(entry: string): number {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stats.mtimeMs,
  );
}

/** True when there is no production build, or a source file changed after it was made. */
export function needsBuild(): boolean {
  const builtAt = newestMtime(BUILD_MARKER);
  if (builtAt === 0) return true;
  return SOURCE_ROOTS.some((root) => newestMtime(root) > builtAt);
}
