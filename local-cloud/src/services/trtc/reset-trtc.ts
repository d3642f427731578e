import type { IngestTaskStore } from "./models/ingest-task-store";
import type { TrtcModels } from "./trtc-models";

/**
 * Back to an empty TRTC: every task, mix and ingest stopped, every publisher kicked and gone, rooms, users and
 * tasks forgotten. Resolves only once nobody is in any room.
 */
export async function resetTrtc(models: TrtcModels, ingestStore: IngestTaskStore): Promise<void> {
  await models.cloudRecordings.stopAll();
  await models.mcuMixes.stopAll();
  await models.ingests.stopAll();
  await models.rooms.removeEveryone();
  await models.rooms.forgetHistory();
  await ingestStore.deleteAll();
}
