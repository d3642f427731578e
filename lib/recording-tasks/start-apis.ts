import type { RecordingGeneration } from "@/lib/schemas/application-constants";
import type { MixApi } from "./layout/layout-apis";

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
        label: "Mixed recording",
        description:
          "StartMCUMixTranscode: the room mixed into one picture and recorded under a record id. This app uses legacy recording, which has no cloud-recording tasks.",
      },
    ];
  return [
    {
      api: "task",
      label: "Cloud-recording task",
      description: "CreateCloudRecording: a recorder bot records each stream, or one mix of them, into VOD.",
    },
    {
      api: "mcu",
      label: "MCU mix (relay only)",
      description:
        "StartMCUMixTranscode: the room mixed into one picture and published as a stream; not recorded on this app.",
    },
  ];
}
