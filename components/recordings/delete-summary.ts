import type { DeleteReport } from "@/lib/recordings/delete-report";

const recordings = (count: number) => `${count} recording${count === 1 ? "" : "s"}`;

/** One line for a toast: how many recordings went, and how many stayed. */
export function deleteSummary(report: DeleteReport): string {
  if (report.notDeleted.length === 0) return `Deleted ${recordings(report.deleted.length)}`;
  return `Deleted ${recordings(report.deleted.length)}; ${recordings(report.notDeleted.length)} not deleted`;
}
