import { msg } from "@/lib/i18n/message";
import type { DeleteReport } from "@/lib/recordings/delete-report";

/** One line for a toast: how many recordings went, and how many stayed (a `msg` string). */
export function deleteSummary(report: DeleteReport): string {
  const deleted = report.deleted.length;
  if (report.notDeleted.length === 0) return msg("recordings.deleteSummary.allDeleted", { deleted });
  return msg("recordings.deleteSummary.someDeleted", { deleted, notDeleted: report.notDeleted.length });
}
