/**
 * States of a StartStreamIngest task, in one place:
 *
 *   Starting ──(its user entered the room)──> InProgress ──(ffmpeg exited: end of media, Stop, kick)──> Ended
 *   Starting ──(ffmpeg could not publish in time)──────────────────────────────────────────────────────> Ended
 *
 * A server shutdown leaves Starting/InProgress tasks as they are: the next start resumes those
 * whose end time has not passed, and ends the others.
 */
export const INGEST_STATUS = { starting: "Starting", inProgress: "InProgress", ended: "Ended" } as const;
export type IngestStatus = (typeof INGEST_STATUS)[keyof typeof INGEST_STATUS];

/** DescribeStreamIngest's `Status` values (SDK model): an ended or unknown task no longer exists. */
export type DescribedIngestStatus = "InProgress" | "NotExist";

export function describeIngestStatus(status: IngestStatus | undefined): DescribedIngestStatus {
  return status === INGEST_STATUS.starting || status === INGEST_STATUS.inProgress ? "InProgress" : "NotExist";
}

/** Tasks a restart should bring back. */
export const RESUMABLE_STATUSES: readonly IngestStatus[] = [INGEST_STATUS.starting, INGEST_STATUS.inProgress];
