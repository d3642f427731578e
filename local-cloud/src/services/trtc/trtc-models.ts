import type { AppDirectory } from "./models/app-directory";
import type { CloudRecordings } from "./models/cloud-recordings";
import type { IngestTasks } from "./models/ingest-tasks";
import type { McuMixes } from "./models/mcu-mixes";
import type { RoomHistory } from "./models/room-history";
import type { Rooms } from "./models/rooms";
import type { UsageLedger } from "../../usage/usage-ledger";

/** The TRTC state the handlers work on. */
export interface TrtcModels {
  apps: AppDirectory;
  rooms: Rooms;
  history: RoomHistory;
  ingests: IngestTasks;
  mcuMixes: McuMixes;
  cloudRecordings: CloudRecordings;
  usage: UsageLedger;
}
