import { partitionOf } from "./media-row";

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
 * Substring match served by the `<column>_grams` GIN indexes (migration vod-002): the index finds
 * texts holding every trigram of the term, ILIKE confirms the substring. Returns each term's
 * placeholder, for the relevance order.
 */
function addFuzzy(conditions: Conditions, column: "name" | "description", terms: string[]): string[] {
  const placeholders: string[] = [];
  const matches = terms.map((term) => {
    const placeholder = conditions.param(term);
    placeholders.push(placeholder);
    const pattern = conditions.param(`%${escapeLike(term)}%`);
    return `(${column}_grams @> vod_query_grams(${placeholder}) and ${column} ilike ${pattern})`;
  });
  conditions.add(`(${matches.join(" or ")})`);
  return placeholders;
}

/**
 * VOD ranks fuzzy results by relevance, a ranking it does not document. Here: a text equal to a
 * term first, then one starting with it, then the rest; shorter texts (more of them matched)
 * before longer; then the newest.
 */
function relevanceOrder(column: "name" | "description", placeholders: string[]): string {
  const rank = (placeholder: string) =>
    `case when lower(${column}) = lower(${placeholder}) then 0 when starts_with(lower(${column}), lower(${placeholder})) then 1 else 2 end`;
  const best = placeholders.length === 1 ? rank(placeholders[0] ?? "") : `least(${placeholders.map(rank).join(", ")})`;
  return `${best}, length(${column}), created_at desc, file_id desc`;
}

/**
 * The two statements of a search: the count (capped at 5000, as VOD's TotalCount is) and the page.
 * Expired media never match (they are gone for VOD). Every filter is served by an index.
 */
export function searchQueries(search: MediaSearch, now: Date): { count: SqlQuery; page: SqlQuery } {
  const conditions = new Conditions();
  conditions.add(`sub_app_id = ${conditions.param(partitionOf(search.subAppId))}`);
  conditions.add(`(expire_at is null or expire_at > ${conditions.param(now)})`);
  const nonEmpty = (values: string[] | undefined) => (values ?? []).filter((value) => value !== "");

  if (search.fileIds?.length) conditions.add(`file_id = any(${conditions.param(search.fileIds)})`);
  const names = nonEmpty(search.names);
  const descriptions = nonEmpty(search.descriptions);
  const nameTerms = names.length > 0 ? addFuzzy(conditions, "name", names) : [];
  const descriptionTerms = descriptions.length > 0 ? addFuzzy(conditions, "description", descriptions) : [];
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

  const where = conditions.all.join(" and ");
  const orderBy =
    nameTerms.length > 0
      ? relevanceOrder("name", nameTerms)
      : descriptionTerms.length > 0
        ? relevanceOrder("description", descriptionTerms)
        : `created_at ${search.order}, file_id ${search.order}`;
  return {
    count: {
      sql: `select count(*)::int as n from (select 1 from vod_media where ${where} limit ${SEARCH_CAP}) capped`,
      params: conditions.params,
    },
    page: {
      sql: `select * from vod_media where ${where} order by ${orderBy} offset ${search.offset} limit ${search.limit}`,
      params: conditions.params,
    },
  };
}
