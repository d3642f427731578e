import { msg } from "@/lib/i18n/message";
import type { RecordingDto } from "@/lib/recordings/types";
import {
  estimateRecordingCost,
  type RecordedUnder,
  type RecordingEstimate,
  type RecordingFacts,
} from "./recording-estimate";
import type { PriceTable } from "./price-table";
import { retentionOf, type Retention } from "./storage-lines";

/** The parts of a library recording its estimate needs. */
export type RecordingCostSource = Pick<
  RecordingDto,
  | "type"
  | "durationSeconds"
  | "sizeBytes"
  | "bitrate"
  | "width"
  | "height"
  | "createdAt"
  | "expiresAt"
  | "source"
  | "parts"
>;

/** VOD's SourceType says which price list recorded it: `Record` is legacy CSS, `TrtcRecord` a task. */
function recordedUnderOf(sourceType: string | null): RecordedUnder {
  if (sourceType === "Record") return "old";
  if (sourceType === "TrtcRecord") return "new";
  return null;
}

function isMixed(recording: RecordingCostSource): boolean {
  const rule = recording.parts?.rule;
  if (rule === "cloudMixed") return true;
  if (rule === "cloudSingle") return false;
  return (recording.source.trtcRecord?.userIds.length ?? 0) > 1;
}

function retentionFrom(recording: RecordingCostSource, notes: string[]): Retention {
  try {
    return retentionOf(recording.createdAt, recording.expiresAt);
  } catch {
    notes.push(msg("costs.lines.noCreationTime"));
    return "forever";
  }
}

/**
 * A library recording as the estimate's facts: its retention from CreateTime to ExpireTime, its
 * price list from its SourceType, and for a mixed cloud recording its inputs (the task's users,
 * as VOD lists them). `notes` says what had to be assumed (messages, `msg`).
 */
export function recordingFactsOf(recording: RecordingCostSource): { facts: RecordingFacts; notes: string[] } {
  const notes: string[] = [];
  const recordedUnder = recordedUnderOf(recording.source.type);
  let mix: RecordingFacts["mix"] = null;
  if (recordedUnder === "new" && isMixed(recording)) {
    const inputs = recording.source.trtcRecord?.userIds.length ?? 0;
    if (inputs === 0) notes.push(msg("costs.lines.noMixUsers"));
    mix = { inputs: Math.max(1, inputs) };
  }
  return {
    facts: {
      recordedUnder,
      format: recording.type,
      durationSeconds: recording.durationSeconds,
      sizeBytes: recording.sizeBytes,
      bitrate: recording.bitrate,
      width: recording.width,
      height: recording.height,
      retention: retentionFrom(recording, notes),
      mix,
    },
    notes,
  };
}

/** The estimated cost of a library recording (estimateRecordingCost), with what was assumed in `gaps`. */
export function estimateLibraryRecording(recording: RecordingCostSource, prices: PriceTable): RecordingEstimate {
  const { facts, notes } = recordingFactsOf(recording);
  const estimate = estimateRecordingCost(facts, prices);
  if (notes.length === 0) return estimate;
  return { ...estimate, gaps: [...estimate.gaps, ...notes], isComplete: false };
}
