import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MediaSearch } from "../src/services/vod/models/search-query";
import { openSeededVod, SEEDED_SUB_APP, type SeededVod } from "./helpers/seeded-vod";
import { TEST_APP } from "./helpers/test-cloud";

const MEDIA = 10_000;
const page = { order: "desc", offset: 0, limit: 10 } as const;

let seeded: SeededVod;

beforeAll(async () => {
  seeded = await openSeededVod(MEDIA);
});

afterAll(async () => {
  await seeded?.close();
});

/** Every live media item in the main application, for checking what the index finds. */
async function allLive(): Promise<Array<{ file_id: string; name: string; created_at: Date }>> {
  const result = await seeded.store.db.query<{ file_id: string; name: string; created_at: Date }>(
    "select file_id, name, created_at from vod_media where sub_app_id = 0 and (expire_at is null or expire_at > now())",
  );
  return result.rows;
}

async function allLiveNames(): Promise<string[]> {
  return (await allLive()).map((row) => row.name);
}

/** The relevance order (search-query.ts), computed here over every match: the reference for a page. */
async function byRelevance(term: string): Promise<string[]> {
  const lowered = term.toLowerCase();
  const rank = (name: string) => (name.toLowerCase() === lowered ? 0 : name.toLowerCase().startsWith(lowered) ? 1 : 2);
  return (await allLive())
    .filter((row) => row.name.toLowerCase().includes(lowered))
    .sort(
      (a, b) =>
        rank(a.name) - rank(b.name) ||
        a.name.length - b.name.length ||
        b.created_at.getTime() - a.created_at.getTime() ||
        (a.file_id < b.file_id ? 1 : a.file_id > b.file_id ? -1 : 0),
    )
    .map((row) => row.file_id);
}

describe("SearchMedia over 10,000 media", () => {
  // Selective filters: each must be answered from an index, the count and the page alike.
  const indexed: Array<[string, Partial<MediaSearch>, string]> = [
    ["Names (3+ characters)", { names: ["user17_"] }, "vod_media_name_grams"],
    ["Names (1–2 characters)", { names: ["n4"] }, "vod_media_name_grams"],
    ["Names (several, ORed)", { names: ["lesson421", "cam-user9-"] }, "vod_media_name_grams"],
    ["Descriptions", { descriptions: ["by user7"] }, "vod_media_description_grams"],
    ["NamePrefixes", { namePrefixes: ["lesson42", "cam-user7-"] }, "vod_media_by_name"],
    ["FileIds", { fileIds: ["5285890800000000042", "5285890800000005000"] }, "vod_media_pkey"],
    ["StreamIds", { streamIds: [`${TEST_APP}_1042_user42_main`] }, "vod_media_by_stream"],
    ["CreateTime", { createdAfter: new Date(Date.now() - 3600_000) }, "vod_media_by_created"],
  ];

  it.each(indexed)("answers %s from an index, not a scan", async (_kind, filter, index) => {
    const plans = await seeded.library.explainSearch({ ...page, ...filter });
    for (const plan of [plans.count, plans.page]) {
      expect(plan).toContain(index);
      expect(plan).not.toMatch(/Seq Scan/);
    }
  });

  it("walks the creation-time index for the newest page of a whole sub-application", async () => {
    const plans = await seeded.library.explainSearch({ ...page, subAppId: SEEDED_SUB_APP });
    expect(plans.page).toMatch(/Index Scan Backward using vod_media_by_created/);
    expect(plans.page).not.toMatch(/Seq Scan|Sort/);
  });

  it("never computes grams as a filter: they are only the index condition, several terms included", async () => {
    for (const names of [["user17_"], ["lesson421", "cam-user9-"], ["main"]]) {
      const plans = await seeded.library.explainSearch({ ...page, names });
      for (const plan of [plans.count, plans.page]) {
        const filters = plan.split("\n").filter((line) => /^\s*Filter:/.test(line));
        expect(filters.join("\n"), names.join(" + ")).not.toContain("vod_text_grams");
      }
    }
  });

  it("reads a broad term's page rank by rank from the (length, newest) index instead of sorting every match", async () => {
    // "main" is in two names of three: far more matches than a page needs.
    const plans = await seeded.library.explainSearch({ ...page, names: ["main"] });
    expect(plans.page).toContain("vod_media_by_name_length");
    expect(plans.page).not.toMatch(/Seq Scan|vod_media_name_grams/);
  });

  it("sorts a broad description's matches from the grams index: descriptions have no walk of their own", async () => {
    // "room" is in every seventh description: past the matches a name would be walked for.
    const { total } = await seeded.library.search({ ...page, descriptions: ["room"] });
    expect(total).toBeGreaterThan(1000);
    const plans = await seeded.library.explainSearch({ ...page, descriptions: ["room"] });
    expect(plans.page).toContain("vod_media_description_grams");
    expect(plans.page).not.toMatch(/Seq Scan/);
  });

  it.each([["main"], ["lesson"], ["LESSON1"], ["cam-user7-"], ["n4"], ["user17_"]])(
    "pages %s in the relevance order of all its matches, however the page is read",
    async (term) => {
      const expected = await byRelevance(term);
      for (const window of [
        { offset: 0, limit: 10 },
        { offset: 37, limit: 25 },
      ]) {
        const { rows } = await seeded.library.search({ ...page, ...window, names: [term] });
        expect(
          rows.map((row) => row.file_id),
          `${term} at ${window.offset}`,
        ).toEqual(expected.slice(window.offset, window.offset + window.limit));
      }
    },
  );

  it("finds exactly the names containing the text, case-insensitively, with LIKE wildcards taken literally", async () => {
    const names = await allLiveNames();
    for (const term of ["USER17_", "n4", "7", "lesson1_main", "cam-user19-", "%", "_main_2"]) {
      const expected = names.filter((name) => name.toLowerCase().includes(term.toLowerCase()));
      const { total } = await seeded.library.search({ ...page, names: [term] });
      expect(total, term).toBe(Math.min(expected.length, 5000));
    }
  });

  it("puts the closest names first when searching by name, whatever the sort", async () => {
    const { rows } = await seeded.library.search({ ...page, order: "asc", names: ["cam-user7-"] });
    expect(rows.length).toBe(10);
    expect(rows.every((row) => row.name.startsWith("cam-user7-"))).toBe(true);
    // cam-user7-407 is the only one with a 3-digit number: the shortest name, so the closest match.
    expect(rows[0]?.name).toMatch(/^cam-user7-407_/);
    // The rest are equally close (same length): newest first, although Asc was asked for.
    const rest = rows.slice(1).map((row) => row.created_at.getTime());
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });
});
