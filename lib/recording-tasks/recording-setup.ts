import type { PriceTable } from "@/lib/costs/price-table";
import type { TaskSettingsDefaults } from "@/lib/data/recording-tasks/recording-task-types";
import type { SubApplication } from "@/lib/data/settings/sub-applications";
import type { RecordingGeneration } from "@/lib/schemas/application-constants";
import type { RecordingStorage } from "./cost-inputs";

/** The account's settings and prices a new recording starts from (read once per room page). */
export interface RecordingDefaults {
  prices: PriceTable;
  /** What a mix's RecordId recording is written as: the settings' formats (none when recording is off). */
  storage: RecordingStorage;
  taskSettings: TaskSettingsDefaults;
  /** The account's VOD applications, for a task's files. */
  subApplications: SubApplication[];
}

/** What the room page's recording controls need beyond the room: the app, who is looking, the defaults. */
export interface RecordingSetup extends RecordingDefaults {
  sdkAppId: number;
  generation: RecordingGeneration;
  canOperate: boolean;
}
