/**
 * What reconciliation can find, each with the one action that repairs it (the Health page's
 * button): an unannounced file is inspected and acknowledged, a vanished file acknowledged, an
 * idle room's recording stopped. A task the cloud ended is ended by reconciliation itself, so its
 * finding is recorded already resolved. Their titles are the catalog's `health.findings.kinds`.
 */
export const FINDING_KINDS = [
  "unannounced_file",
  "vanished_file",
  "task_ended_in_cloud",
  "idle_room_recording",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type RepairAction = "acknowledge" | "stop_recording" | "none";

export const REPAIR_OF: Record<FindingKind, RepairAction> = {
  unannounced_file: "acknowledge",
  vanished_file: "acknowledge",
  task_ended_in_cloud: "none",
  idle_room_recording: "stop_recording",
};

export const isFindingKind = (value: string): value is FindingKind =>
  (FINDING_KINDS as readonly string[]).includes(value);

/** One mismatch as a check reports it: `subject` is a FileId or a recording's console id. */
export interface Finding {
  kind: FindingKind;
  subject: string;
  details: Record<string, unknown>;
  /** Set when reconciliation repaired it itself (the finding is stored resolved). */
  resolvedBy?: string;
}
