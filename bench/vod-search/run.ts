/**
 * `npx tsx bench/vod-search/run.ts [media] [runs]`: SearchMedia's queries over a VOD library of
 * `media` recordings (10,000 by default) on a real PGlite store. For each filter kind, the median
 * time of the count and page queries together over `runs` runs, the total found, whether the plan
 * uses an index, and the EXPLAIN ANALYZE plans; then the same fuzzy searches as a scan (ILIKE with
 * no usable index), for comparison.
 */
import type { MediaSearch } from "../../local-cloud/src/services/vod/models/search-query";
import { openSeededVod, SEEDED_SUB_APP } from "../../local-cloud/test/helpers/seeded-vod";
import { TEST_APP } from "../../local-cloud/test/helpers/test-cloud";
import { formatTable, median, percentile } from "../shared/stats";

const page = { order: "desc", offset: 0, limit: 10 } as const;
const HOUR_MS = 3600_000;

const FILTERS: Array<[string, Partial<MediaSearch>]> = [
  ["none (newest page)", {}],
  ["SubAppId", { subAppId: SEEDED_SUB_APP }],
  ["FileIds", { fileIds: ["5285890800000000042", "5285890800000005000"] }],
  ["Names (3+ chars)", { names: ["user17_"] }],
  ["Names (2 chars)", { names: ["n4"] }],
  ["Names (broad: main)", { names: ["main"] }],
  ["Names (2 terms)", { names: ["lesson421", "cam-user9-"] }],
  ["Descriptions", { descriptions: ["by user7"] }],
  ["NamePrefixes", { namePrefixes: ["lesson42", "cam-user7-"] }],
  ["StreamIds", { streamIds: [`${TEST_APP}_1042_user42_main`] }],
  ["CreateTime (last hour)", { createdAfter: new Date(Date.now() - HOUR_MS) }],
  ["Categories (Audio)", { categories: ["Audio"] }],
  ["MediaTypes (flv)", { mediaTypes: ["flv"] }],
  ["StreamPaths + NamePrefixes", { streamPaths: [`trtc_${TEST_APP}`], namePrefixes: [`${TEST_APP}_1042_`] }],
];

const positiveInteger = (raw: string | undefined, fallback: number) => {
  const value = Number(raw ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected a positive whole number, got ${raw}`);
  return value;
};

async function main(): Promise<void> {
  const count = positiveInteger(process.argv[2], 10_000);
  const runs = positiveInteger(process.argv[3], 25);
  const seedStart = Date.now();
  const seeded = await openSeededVod(count);
  console.log(`Seeded ${count} media in ${((Date.now() - seedStart) / 1000).toFixed(1)} s; ${runs} runs per filter.\n`);
  try {
    const rows: string[][] = [];
    const plans: string[] = [];
    for (const [label, filter] of FILTERS) {
      const search = { ...page, ...filter };
      await seeded.library.search(search);
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        total = (await seeded.library.search(search)).total;
        times.push(performance.now() - start);
      }
      const plan = await seeded.library.explainSearch(search, { analyze: true });
      const scans = (text: string) =>
        [
          ...text.matchAll(
            /(Seq Scan|Index Scan(?: Backward)?|Bitmap Index Scan|Index Only Scan)(?: using| on)? (\w+)/g,
          ),
        ]
          .map((match) => `${match[1]} ${match[2]}`)
          .filter((scan, index, all) => all.indexOf(scan) === index);
      rows.push([
        label,
        String(total),
        median(times).toFixed(2),
        percentile(times, 0.95).toFixed(2),
        scans(plan.count).join(", "),
        scans(plan.page).join(", "),
      ]);
      plans.push(`── ${label}\ncount:\n${plan.count}\npage:\n${plan.page}\n`);
    }
    console.log(formatTable(["filter", "total", "median ms", "p95 ms", "count plan", "page plan"], rows));

    console.log("\nFor comparison, the fuzzy searches as a scan (ILIKE alone, as before the grams index):");
    const scanRows: string[][] = [];
    for (const term of ["user17_", "n4", "main"]) {
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const start = performance.now();
        await seeded.store.db.query(
          `select count(*) from (select 1 from vod_media where sub_app_id = 0 and name ilike $1 limit 5000) capped`,
          [`%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`],
        );
        times.push(performance.now() - start);
      }
      scanRows.push([term, median(times).toFixed(2), percentile(times, 0.95).toFixed(2)]);
    }
    console.log(formatTable(["Names term", "median ms (count only)", "p95 ms"], scanRows));
    console.log(`\nEXPLAIN ANALYZE of each search:\n\n${plans.join("\n")}`);
  } finally {
    await seeded.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
