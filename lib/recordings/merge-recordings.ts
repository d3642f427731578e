import type { RecordingDto } from "./types";

/** Recordings of several searches as one list, newest first (or oldest first), FileId breaking ties. */
export function mergeByCreation(lists: RecordingDto[][], sort: "newest" | "oldest"): RecordingDto[] {
  const direction = sort === "oldest" ? 1 : -1;
  return lists
    .flat()
    .sort(
      (a, b) =>
        direction * (Date.parse(a.createdAt) - Date.parse(b.createdAt)) || direction * a.fileId.localeCompare(b.fileId),
    );
}
