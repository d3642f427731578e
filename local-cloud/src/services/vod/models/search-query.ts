import { partitionOf } from "./media-row";
import { rankedPage, relevanceRanks, type FuzzyColumn } from "./relevance-order";

/** VOD caps what a search returns (and counts) at 5000. */
export const SEARCH_CAP = 5000;

/** SearchMedia's filters the local cloud applies (reference §3.1); arrays OR, fields AND. */
export interface MediaSearch {
  subAppId?: number;
  fileIds?: string[];
  /** Fuzzy (substring, case-insensitive) on the name; results then come in relevance order. */
  names?: string[];
  /** Fuzzy on the description, likewise. */
  descriptions?: string[];
  namePrefixes?: string[];
  streamIds?: string[];
  streamPaths?: string[];
  streamDomains?: string[];
  categories?: string[];
  sourceTypes?: string[];
  mediaTypes?: string[];
  /** Cloud-recording tasks' files, by app and room. */
  trtcSdkAppIds?: number[];
  trtcRoomIds?: string[];
  classIds?: number[];
  tags?: string[];
  createdAfter?: Date;
  createdBefore?: Date;
  /** By CreateTime; ignored when `names` or `descriptions` is set (relevance order, as VOD does). */
  order: "asc" | "desc";
  offset: number;
  limit: number;
}

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

class Conditions {
  readonly params: unknown[] = [];
  readonly all: string[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(condition: string): void {
    this.all.push(condition);
  }

  /** One condition per value, ORed: unlike `= any(array)`, each LIKE prefix can use the btree. */
  anyOf(values: string[], condition: (placeholder: string) => string): void {
    this.add(`(${values.map((value) => condition(this.param(value))).join(" or ")})`);
  }
}

/**
 * Substring match. With `byGrams`, served by the `<column>_grams` GIN indexes on
 * `vod_text_grams(<column>)` (migrations vod-002, vod-005): the index finds texts holding every
 * trigram of a term, ILIKE confirms the substring. The two are ANDed as separate ORs (the same
 * rows, since a text holding a term holds its grams) so that the grams stay the index condition
 * and are never a filter: computing a row's grams costs far more than reading it. Without
 * `byGrams`, ILIKE alone, for plans that walk another index. Returns each term's placeholder, for
 * the relevance order.
 */
function addFuzzy(conditions: Conditions, column: FuzzyColumn, terms: string[], byGrams: boolean): string[] {
  const placeholders = terms.map((term) => conditions.param(term));
  if (byGrams)
    conditions.add(`(${placeholders.map((p) => `vod_text_grams(${column}) @> vod_query_grams(${p})`).join(" or ")})`);
  conditions.anyOf(
    terms.map((term) => `%${escapeLike(term)}%`),
    (p) => `${column} ilike ${p}`,
  );
  return placeholders;
}

interface Filter {
  where: string;
  params: unknown[];
  /** The fuzzy terms' placeholders, for the relevance order (names win over descriptions). */
  relevance: { column: FuzzyColumn; terms: string[] } | null;
}

function filterOf(search: MediaSearch, now: Date, byGrams: boolean): Filter {
  const conditions = new Conditions();
  conditions.add(`sub_app_id = ${conditions.param(partitionOf(search.subAppId))}`);
  conditions.add(`(expire_at is null or expire_at > ${conditions.param(now)})`);
  const nonEmpty = (values: string[] | undefined) => (values ?? []).filter((value) => value !== "");

  if (search.fileIds?.length) conditions.add(`file_id = any(${conditions.param(search.fileIds)})`);
  const names = nonEmpty(search.names);
  const descriptions = nonEmpty(search.descriptions);
  const nameTerms = names.length > 0 ? addFuzzy(conditions, "name", names, byGrams) : [];
  const descriptionTerms = descriptions.length > 0 ? addFuzzy(conditions, "description", descriptions, byGrams) : [];
  const prefixes = nonEmpty(search.namePrefixes);
  if (prefixes.length > 0)
    conditions.anyOf(
      prefixes.map((prefix) => `${escapeLike(prefix)}%`),
      (p) => `name like ${p}`,
    );
  const equalAny = (column: string, values: readonly unknown[] | undefined) => {
    if (values?.length) conditions.add(`${column} = any(${conditions.param(values)})`);
  };
  equalAny("stream_id", search.streamIds);
  equalAny("app_name", search.streamPaths);
  equalAny("domain", search.streamDomains);
  equalAny("category", search.categories);
  equalAny("type", search.mediaTypes);
  equalAny("class_id", search.classIds);
  equalAny("source_type", search.sourceTypes);
  equalAny("trtc_sdk_app_id", search.trtcSdkAppIds);
  equalAny("trtc_room_id", search.trtcRoomIds);
  // No media item here has tags.
  if (search.tags?.length) conditions.add("false");
  if (search.createdAfter) conditions.add(`created_at >= ${conditions.param(search.createdAfter)}`);
  if (search.createdBefore) conditions.add(`created_at < ${conditions.param(search.createdBefore)}`);

  const relevance =
    nameTerms.length > 0
      ? { column: "name" as const, terms: nameTerms }
      : descriptionTerms.length > 0
        ? { column: "description" as const, terms: descriptionTerms }
        : null;
  return { where: conditions.all.join(" and "), params: conditions.params, relevance };
}

/**
 * With this many matches or more per row up to the page's end, a name page is read rank by rank:
 * walking in relevance order reaches the page's end long before a sort could fetch every match.
 */
const RANKED_WALK_MATCHES_PER_ROW = 100;

/**
 * The statements of a search: the count (capped at 5000, as VOD's TotalCount is) and then the
 * page, which depends on it. Expired media never match (they are gone for VOD). Every filter is
 * served by an index. A fuzzy search with few matches sorts them all by relevance (the grams
 * index finds them); one with many is read rank by rank instead (`rankedPage`): sorting tens of
 * thousands of rows for a page of ten is what made a broad term take a second over 100,000 media.
 */
export function searchQueries(search: MediaSearch, now: Date): { count: SqlQuery; page: (total: number) => SqlQuery } {
  const filter = filterOf(search, now, true);
  const window = `offset ${search.offset} limit ${search.limit}`;
  const page = (total: number): SqlQuery => {
    if (!filter.relevance) {
      const order = `created_at ${search.order}, file_id ${search.order}`;
      return {
        sql: `select * from vod_media where ${filter.where} order by ${order} ${window}`,
        params: filter.params,
      };
    }
    // Names only: descriptions have no (length, newest) index to walk, so theirs are always sorted.
    const isBroadName =
      filter.relevance.column === "name" && total >= RANKED_WALK_MATCHES_PER_ROW * (search.offset + search.limit);
    if (!isBroadName) {
      const { orderBy } = relevanceRanks(filter.relevance.column, filter.relevance.terms);
      return {
        sql: `select * from vod_media where ${filter.where} order by ${orderBy} ${window}`,
        params: filter.params,
      };
    }
    const broad = filterOf(search, now, false);
    if (!broad.relevance) throw new Error("a fuzzy search lost its terms");
    return {
      sql: rankedPage(broad.where, broad.relevance.column, broad.relevance.terms, search),
      params: broad.params,
    };
  };
  return {
    count: {
      sql: `select count(*)::int as n from (select 1 from vod_media where ${filter.where} limit ${SEARCH_CAP}) capped`,
      params: filter.params,
    },
    page,
  };
}
