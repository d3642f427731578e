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

/** The closing sentence: whether anything stops recording, and how many of each. */
export function summaryOf(report: Pick<ReadinessReport, "lines">): string {
  const counts = countByStatus(report.lines);
  const parts = [
    `${counts.blocking} blocking`,
    `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
    `${counts["not-checked"]} not checked`,
    `${counts.ok} ok`,
  ];
  return `${parts.join(", ")}: ${isBlocked(report) ? "recording is blocked." : "nothing blocks recording."}`;
}

/** The report as plain text, for `npm run doctor`: one block per line, fix links spelled out. */
export function renderReadinessText(report: ReadinessReport, notes: readonly string[] = []): string {
  const { sdkAppId, generation } = report.target;
  const out = [
    `Readiness of TRTC app ${sdkAppId} (${RECORDING_GENERATION_LABELS[generation].toLowerCase()})`,
    `Cloud: ${report.cloud}, checked ${report.checkedAt.toISOString()}`,
    ...notes,
    "",
  ];
  for (const line of report.lines) {
    out.push(`[${LABELS[line.status]}]`.padEnd(COLUMN) + line.title);
    out.push(indent + line.detail);
    if (line.fixUrl) out.push(`${indent}Fix: ${line.fixUrl}`);
  }
  out.push("", summaryOf(report));
  return `${out.join("\n")}\n`;
}
