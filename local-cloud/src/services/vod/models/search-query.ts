import { partitionOf } from "./media-row";

/** SearchMedia's filters the local cloud applies (reference §3.1); arrays OR, fields AND. */
export interface MediaSearch {
  subAppId?: number;
  fileIds?: string[];
  names?: string[];
  namePrefixes?: string[];
  streamIds?: string[];
  streamPaths?: string[];
  streamDomains?: string[];
  categories?: string[];
  sourceTypes?: string[];
  mediaTypes?: string[];
  createdAfter?: Date;
  createdBefore?: Date;
  order: "asc" | "desc";
  offset: number;
  limit: number;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** The WHERE clause and its parameters; expired media never match (they are gone for VOD). */
export function searchWhere(search: MediaSearch, now: Date): { where: string; params: unknown[] } {
  const params: unknown[] = [partitionOf(search.subAppId), now];
  const conditions = ["sub_app_id = $1", "(expire_at is null or expire_at > $2)"];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (search.fileIds?.length) add((p) => `file_id = any(${p})`, search.fileIds);
  if (search.names?.length)
    add(
      (p) => `name ilike any(${p})`,
      search.names.map((name) => `%${escapeLike(name)}%`),
    );
  if (search.namePrefixes?.length)
    add(
      (p) => `name like any(${p})`,
      search.namePrefixes.map((prefix) => `${escapeLike(prefix)}%`),
    );
  if (search.streamIds?.length) add((p) => `stream_id = any(${p})`, search.streamIds);
  if (search.streamPaths?.length) add((p) => `app_name = any(${p})`, search.streamPaths);
  if (search.streamDomains?.length) add((p) => `domain = any(${p})`, search.streamDomains);
  if (search.categories?.length) add((p) => `category = any(${p})`, search.categories);
  if (search.mediaTypes?.length) add((p) => `type = any(${p})`, search.mediaTypes);
  // Every media item here is a live recording.
  if (search.sourceTypes?.length && !search.sourceTypes.includes("Record")) conditions.push("false");
  if (search.createdAfter) add((p) => `created_at >= ${p}`, search.createdAfter);
  if (search.createdBefore) add((p) => `created_at < ${p}`, search.createdBefore);
  return { where: conditions.join(" and "), params };
}
