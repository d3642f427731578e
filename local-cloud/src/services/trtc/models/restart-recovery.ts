import type { StreamRecorder } from "../../../media/recorder/stream-recorder";
import { isResumingTaskFile } from "./cloud-recording-leftovers";
import type { CloudRecordings } from "./cloud-recordings";
import { isResumingMixFile, type McuMixes } from "./mcu-mixes";

/**
 * How long after a restart a resumed task's or mix's files wait for their streams, and a mix for a
 * user back in its room, before they end anyway. Resumed ingests are back within seconds; Tencent
 * gives no figure for its own failover (a local-cloud choice).
 */
export const FAILOVER_WAIT_MS = 30_000;

/**
 * Brings back what the previous run (crashed or stopped) left running: cloud-recording tasks resume
 * at once with their 306, MCU mixes once their rooms have a user again, and the files they were
 * writing wait to go on as new pieces; tasks that cannot resume end (302, 311 per file, 312); every
 * other file left open is finalized. Resolves once what resumes has resumed; the endings and the
 * finalizing go on in the background. Call once at start, before the API accepts calls.
 */
export async function recoverLeftWork(parts: {
  cloudRecordings: CloudRecordings;
  mcuMixes: McuMixes;
  recorder: StreamRecorder;
}): Promise<void> {
  const tasks = await parts.cloudRecordings.loadLeftovers();
  const mixes = await parts.mcuMixes.loadLeftovers();
  const isTaskFile = isResumingTaskFile(tasks);
  const isMixFile = isResumingMixFile(mixes);
  // Before the tasks are sources again: a stream published meanwhile must find its files waiting.
  await parts.recorder.adoptLeftovers({
    awaitsReturn: (record) => isTaskFile(record) || isMixFile(record),
    windowMs: FAILOVER_WAIT_MS,
  });
  await parts.cloudRecordings.resumeLeftovers(tasks);
  parts.mcuMixes.resumeLeftovers(mixes);
}
