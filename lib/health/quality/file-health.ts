import type { FileProblem } from "@/lib/db/schema";

/** What the library shows of a file's quality check: a badge, and the kinds of problem found. */
export interface FileHealth {
  /** `ok` and `problems` are finished checks; the others are the queue's states. */
  status: "ok" | "problems" | "queued" | "running" | "failed";
  problemKinds: string[];
}

/** The badge of a file from its check columns: each kind of problem once, in the order found. */
export function fileHealthOf(row: { checkStatus: string; problems: FileProblem[] | null }): FileHealth {
  if (row.checkStatus !== "done") {
    const status = row.checkStatus === "running" || row.checkStatus === "failed" ? row.checkStatus : "queued";
    return { status, problemKinds: [] };
  }
  const problemKinds = [...new Set((row.problems ?? []).map((problem) => problem.kind))];
  return { status: problemKinds.length > 0 ? "problems" : "ok", problemKinds };
}
