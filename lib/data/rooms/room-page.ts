import "server-only";
import { dehydrate, QueryClient, type DehydratedState } from "@tanstack/react-query";
import type { CurrentApplication } from "@/lib/data/applications/current-application";
import type { Db } from "@/lib/db/open-database";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";
import { roomQueryOptions } from "@/lib/queries/room-detail";
import type { SampleClip } from "@/lib/rooms/types";
import { lastSavedSettings } from "@/lib/data/settings/settings-history";
import { listSubApplications } from "@/lib/data/settings/sub-applications";
import type { RecordingDefaults } from "@/lib/recording-tasks/recording-setup";
import { listRecordingTasks, taskPrices } from "@/lib/data/recording-tasks/recording-tasks";
import { readLiveRoom } from "@/lib/data/rooms/room-reading";
import { listSampleClips } from "@/lib/data/rooms/samples";

export interface RoomPageData {
  state: DehydratedState;
  defaults: RecordingDefaults;
  samples: SampleClip[];
}

/**
 * Everything the room page needs: the room and its recordings prefetched under the same query
 * keys the client polls (so the first paint has them), prices for the estimates, and the
 * application's settings that a new mix or task starts from.
 */
export async function loadRoomPage(
  db: Db,
  application: CurrentApplication,
  roomId: string,
  canOperate: boolean,
): Promise<RoomPageData> {
  const queryClient = new QueryClient();
  const [settings, prices, subApplications, samples] = await Promise.all([
    lastSavedSettings(db, application.sdkAppId),
    taskPrices(db),
    canOperate ? listSubApplications().catch(() => []) : Promise.resolve([]),
    canOperate ? listSampleClips() : Promise.resolve([]),
    queryClient.prefetchQuery({
      ...roomQueryOptions(roomId),
      queryFn: () => readLiveRoom(db, application.sdkAppId, roomId),
    }),
    queryClient.prefetchQuery({
      ...recordingTasksQueryOptions(roomId),
      queryFn: () => listRecordingTasks(db, application.sdkAppId, { roomId }),
    }),
  ]);
  const retentionDays = settings?.retentionDays ?? 0;
  return {
    state: dehydrate(queryClient),
    defaults: {
      prices,
      storage: { formats: settings?.enabled ? settings.formats : [], retentionDays },
      taskSettings: {
        formats: settings?.formats ?? [],
        retentionDays,
        subAppId: settings?.vodSubAppId ?? application.defaultVodSubAppId,
      },
      subApplications,
    },
    samples,
  };
}
