import "server-only";
import { searchMedia, type MediaQuery } from "@/lib/cloud/vod/search-media";
import type { RecordingDto } from "@/lib/recordings/types";
import type { ReconcileContext } from "./reconcile-context";

const PAGE = 100;
/** One pass looks at this many files per source at most; the next pass (5 minutes on) sees the rest. */
export const MAX_FILES_PER_SOURCE = 1000;

/**
 * The app's files VOD created in the period: legacy recordings by their stream path, cloud
 * recordings by their TRTC SdkAppId (SearchMedia ANDs different fields, so one search each).
 */
export async function vodFilesInPeriod(context: ReconcileContext): Promise<RecordingDto[]> {
  const base = {
    subAppId: context.vodSubAppId,
    createdAfter: context.periodStart.toISOString(),
    createdBefore: context.periodEnd.toISOString(),
    order: "oldest",
    limit: PAGE,
  } satisfies Partial<MediaQuery>;
  const queries: MediaQuery[] = [
    { ...base, sourceTypes: ["Record"], streamPaths: [context.streamPath] },
    { ...base, sourceTypes: ["TrtcRecord"], trtcSdkAppIds: [context.sdkAppId] },
  ];
  const files = new Map<string, RecordingDto>();
  for (const query of queries) {
    for (let offset = 0; offset < MAX_FILES_PER_SOURCE; offset += PAGE) {
      const page = await searchMedia({ ...query, offset }, context.clients.vod);
      for (const recording of page.recordings) files.set(recording.fileId, recording);
      if (page.recordings.length < PAGE || offset + PAGE >= page.totalCount) break;
    }
  }
  return [...files.values()];
}
