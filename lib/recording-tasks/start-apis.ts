import { msg } from "@/lib/i18n/message";
import type { RecordingGeneration } from "@/lib/schemas/application-constants";
import type { MixApi } from "./layout/layout-apis";

/** `label` and `description` are catalog messages (`msg`), shown through `messageText`. */
export interface StartApiChoice {
  api: MixApi;
  label: string;
  description: string;
}

/**
 * What the room page can start, by the app's recording generation (reference §2.1–2.2, §8): a
 * legacy app records an MCU mix by its record id and has no cloud-recording tasks; a
 * cloud-recording app records with tasks, and its MCU mixes are only relayed. First is the default.
 */
export function startApisFor(generation: RecordingGeneration): StartApiChoice[] {
  if (generation === "legacy")
    return [
      {
        api: "mcu",
        label: msg("recordingTasks.startApis.legacyMcu.label"),
        description: msg("recordingTasks.startApis.legacyMcu.description"),
      },
    ];
  return [
    {
      api: "task",
      label: msg("recordingTasks.startApis.task.label"),
      description: msg("recordingTasks.startApis.task.description"),
    },
    {
      api: "mcu",
      label: msg("recordingTasks.startApis.relayMcu.label"),
      description: msg("recordingTasks.startApis.relayMcu.description"),
    },
  ];
}
