import type { PriceTable } from "@/lib/costs/price-table";
import type { RecordingTaskRow } from "@/lib/db/schema";
import { mixHourlyEstimate, taskHourlyEstimate } from "@/lib/recording-tasks/cost-inputs";
import { recordingPath } from "@/lib/recordings/recording-path";
import type {
  HourlyCost,
  ProducedFile,
  RecordingTaskDto,
  TaskEventDto,
} from "@/lib/data/recording-tasks/recording-task-types";
import { storedMixSchema, storedTaskSchema } from "@/lib/data/recording-tasks/stored-request";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function filesOf(row: RecordingTaskRow): ProducedFile[] {
  return row.files.map((file) => ({
    ...file,
    href: recordingPath(file.fileId, file.subAppId),
  }));
}

/**
 * A row as pages show it; null when its stored request no longer reads as valid (then the row
 * cannot be re-laid out or priced, and is left out rather than shown wrong).
 */
export function toRecordingTaskDto(
  row: RecordingTaskRow,
  prices: PriceTable,
  events: TaskEventDto[] = [],
): RecordingTaskDto | null {
  const base = {
    id: row.id,
    roomId: row.roomId,
    status: row.status,
    startedBy: row.startedByEmail,
    startedAt: row.startedAt.toISOString(),
    stoppedBy: row.stoppedByEmail,
    stopRequestedAt: iso(row.stopRequestedAt),
    endedAt: iso(row.endedAt),
    endReason: row.endReason,
    lastError: row.lastError,
    lastErrorAt: iso(row.lastErrorAt),
    layoutChanges: row.layoutChanges,
    files: filesOf(row),
  };
  const cost = (estimate: { currency: PriceTable["currency"]; total: number; gaps: string[] }): HourlyCost => ({
    currency: estimate.currency,
    perHour: estimate.total,
    gaps: estimate.gaps,
  });
  if (row.kind === "mcu_mix") {
    const stored = storedMixSchema.safeParse(row.request);
    if (!stored.success) return null;
    const { input, basis } = stored.data;
    return {
      ...base,
      kind: "mcu_mix",
      recordId: input.recordId,
      streamId: input.streamId,
      output: input.output,
      layout: input.layout,
      cost: cost(mixHourlyEstimate(input.output, basis, prices)),
    };
  }
  const stored = storedTaskSchema.safeParse(row.request);
  if (!stored.success) return null;
  const { input, basis } = stored.data;
  return {
    ...base,
    kind: "cloud_task",
    taskId: row.taskId,
    botUserId: row.botUserId,
    cloudStatus: row.cloudStatus,
    events,
    recordMode: input.recordMode,
    userDefineRecordId: input.userDefineRecordId || null,
    output: input.output,
    layout: input.layout,
    subscription: input.subscription,
    cost: cost(taskHourlyEstimate(input, basis.inputCount, basis.inputTier, prices)),
  };
}
