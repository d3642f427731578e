import type { MediaSearch } from "./search-query";

/** The texts SearchMedia searches fuzzily. */
export type FuzzyColumn = "name" | "description";

const anyTerm = (placeholders: readonly string[], condition: (placeholder: string) => string) =>
  `(${placeholders.map(condition).join(" or ")})`;

/**
 * VOD ranks fuzzy results by relevance, a ranking it does not document. Here: a text equal to a
 * term first (rank 0), then one starting with it (1), then the rest (2); shorter texts (more of
 * them matched) before longer; then the newest. Each rank is also a condition, so that a page can
 * be read rank by rank in this order (`rankedPage`).
 */
export function relevanceRanks(column: FuzzyColumn, placeholders: readonly string[]) {
  // lower() maps character by character here (libc, not ICU), so equal lowered texts are equally
  // long: the length test changes no result, and lets `vod_media_by_name_length` go straight to them.
  const equal = anyTerm(placeholders, (p) => `(length(${column}) = length(${p}) and lower(${column}) = lower(${p}))`);
  const starting = anyTerm(placeholders, (p) => `starts_with(lower(${column}), lower(${p}))`);
  const order = `length(${column}), created_at desc, file_id desc`;
  return {
    ranks: [equal, `${starting} and not ${equal}`, `not ${starting}`],
    orderBy: `case when ${equal} then 0 when ${starting} then 1 else 2 end, ${order}`,
    order,
  };
}

/**
 * A page in relevance order read as its three ranks, each cut to the page's end: together the
 * cut ranks hold every row the page can show, and each is a walk of an index in the rank's own
 * order that stops there (`vod_media_by_name_length`; for the names starting with the term,
 * `vod_media_by_lower_name` when they are few), where sorting every match would read them all.
 */
export function rankedPage(
  where: string,
  column: FuzzyColumn,
  placeholders: readonly string[],
  search: Pick<MediaSearch, "offset" | "limit">,
): string {
  const end = search.offset + search.limit;
  const { ranks, orderBy, order } = relevanceRanks(column, placeholders);
  const parts = ranks.map(
    (rank) => `(select * from vod_media where ${where} and ${rank} order by ${order} limit ${end})`,
  );
  return `select * from (${parts.join(" union all ")}) ranked order by ${orderBy} offset ${search.offset} limit ${search.limit}`;
}
