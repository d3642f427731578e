import type { AppDirectory } from "./models/app-directory";
import type { IngestTasks } from "./models/ingest-tasks";
import type { McuMixes } from "./models/mcu-mixes";
import type { RoomHistory } from "./models/room-history";
import type { Rooms } from "./models/rooms";

/** The TRTC state the handlers work on. */
export interface TrtcModels {
  apps: AppDirectory;
  rooms: Rooms;
  history: RoomHistory;
  ingests: IngestTasks;
  mcuMixes: McuMixes;
}
