/**
 * `npx tsx bench/bundles/run.ts [build=.next] [baseline-build]`: the first-load JavaScript of every
 * page of a finished `next build`, gzip -9, against the 200 kB budget (issue 13); with a second
 * build directory (a copy of an earlier `.next`), both side by side; and what the page's
 * `next/dynamic` parts add when they render. Builds nothing itself. Exits with 1 when a page is
 * over budget.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatTable } from "../shared/stats";
import { gzipSizer, readRouteChunks, type RouteChunks } from "./first-load";

const BUDGET_BYTES = 200_000;
const LARGEST_SHOWN = 12;

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

type Measured = { route: string; bytes: number; chunks: string[]; dynamicBytes: number };

function measure(buildDir: string): Measured[] {
  if (!existsSync(path.join(buildDir, "build-manifest.json")))
    throw new Error(`${buildDir} has no build-manifest.json: run \`npm run build\` first`);
  const size = gzipSizer(buildDir);
  const total = (chunks: string[]) => chunks.reduce((sum, chunk) => sum + size(chunk), 0);
  return readRouteChunks(buildDir).map(({ route, chunks, dynamicChunks }: RouteChunks) => ({
    route,
    chunks,
    bytes: total(chunks),
    dynamicBytes: total(dynamicChunks),
  }));
}

/** The heaviest chunks of a build, with how many pages load each: where to look first. */
function largestChunks(buildDir: string, routes: Measured[]): string {
  const size = gzipSizer(buildDir);
  const pagesPerChunk = new Map<string, string[]>();
  for (const { route, chunks } of routes)
    for (const chunk of chunks) pagesPerChunk.set(chunk, [...(pagesPerChunk.get(chunk) ?? []), route]);
  const rows = [...pagesPerChunk]
    .sort(([a], [b]) => size(b) - size(a))
    .slice(0, LARGEST_SHOWN)
    .map(([chunk, pages]) => [
      path.basename(chunk),
      kB(size(chunk)),
      pages.length === routes.length ? "every page" : pages.join(" "),
    ]);
  return formatTable(["chunk", "gzip kB", "loaded by"], rows);
}

function main(): void {
  const buildDir = path.resolve(process.argv[2] ?? ".next");
  const baselineDir = process.argv[3] ? path.resolve(process.argv[3]) : undefined;
  const current = measure(buildDir);
  const baseline = baselineDir ? new Map(measure(baselineDir).map((page) => [page.route, page.bytes])) : undefined;
  const header = baseline
    ? ["page", "baseline kB", "now kB", "change kB", "budget", "+ next/dynamic kB"]
    : ["page", "first-load kB", "budget", "+ next/dynamic kB"];
  const rows = current.map(({ route, bytes, dynamicBytes }) => {
    const verdict = bytes <= BUDGET_BYTES ? "ok" : `over by ${kB(bytes - BUDGET_BYTES)}`;
    const dynamic = dynamicBytes === 0 ? "" : kB(dynamicBytes);
    const before = baseline?.get(route);
    if (!baseline) return [route, kB(bytes), verdict, dynamic];
    const change = before === undefined ? "-" : kB(bytes - before);
    return [route, before === undefined ? "-" : kB(before), kB(bytes), change, verdict, dynamic];
  });
  console.log(`first-load JavaScript per page, gzip -9, kB = 1000 bytes; budget ${kB(BUDGET_BYTES)} kB`);
  console.log(`build: ${buildDir}${baselineDir ? `\nbaseline: ${baselineDir}` : ""}\n`);
  console.log(formatTable(header, rows));
  console.log(`\nlargest chunks of ${buildDir}:\n`);
  console.log(largestChunks(buildDir, current));
  if (current.some(({ bytes }) => bytes > BUDGET_BYTES)) process.exitCode = 1;
}

main();
