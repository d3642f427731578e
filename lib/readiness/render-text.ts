import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/i18n/message-text";
import { RECORDING_GENERATION_LABELS } from "@/lib/schemas/application";
import { countByStatus, isBlocked, type ReadinessReport, type ReadinessStatus } from "./types";

const LABELS: Record<ReadinessStatus, string> = {
  ok: "ok",
  warning: "WARNING",
  blocking: "BLOCKING",
  "not-checked": "not checked",
};

/** `[not checked] ` is the widest status: titles and details start after it. */
const COLUMN = Math.max(...Object.values(LABELS).map((label) => label.length)) + 3;
const indent = " ".repeat(COLUMN);

/** The closing sentence, as a message: whether anything stops recording, and how many of each. */
export function summaryOf(report: Pick<ReadinessReport, "lines">): string {
  const counts = countByStatus(report.lines);
  return msg("readiness.summary", {
    blocking: counts.blocking,
    warning: counts.warning,
    notChecked: counts["not-checked"],
    ok: counts.ok,
    isBlocked: isBlocked(report) ? "yes" : "no",
  });
}

/**
 * The report as plain text, for `npm run doctor`: one block per line, fix links spelled out. The
 * CLI speaks English: the lines' messages are put into English words here.
 */
export function renderReadinessText(report: ReadinessReport, notes: readonly string[] = []): string {
  const { sdkAppId, generation } = report.target;
  const out = [
    `Readiness of TRTC app ${sdkAppId} (${messageText(RECORDING_GENERATION_LABELS[generation]).toLowerCase()})`,
    `Cloud: ${messageText(report.cloud)}, checked ${report.checkedAt.toISOString()}`,
    ...notes.map((note) => messageText(note)),
    "",
  ];
  for (const line of report.lines) {
    out.push(`[${LABELS[line.status]}]`.padEnd(COLUMN) + messageText(line.title));
    out.push(indent + messageText(line.detail));
    if (line.fixUrl) out.push(`${indent}Fix: ${line.fixUrl}`);
  }
  out.push("", messageText(summaryOf(report)));
  return `${out.join("\n")}\n`;
}
