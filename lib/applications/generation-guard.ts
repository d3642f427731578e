import { msg } from "@/lib/i18n/message";
import { CLOUD_RECORDING_LAUNCH, TENCENT_LINKS, type RecordingGeneration } from "@/lib/schemas/application";

/** Operations that exist in one recording generation only. */
export type GenerationOperation = "recordingSettings" | "mixRecordId" | "cloudTask";

const NEEDS: Record<GenerationOperation, RecordingGeneration> = {
  recordingSettings: "legacy",
  mixRecordId: "legacy",
  cloudTask: "cloud",
};

interface AppFacts {
  name: string;
  generation: RecordingGeneration;
}

/** The generation the console holds is the value to change: says to which, and when. */
const changeIt = (generation: RecordingGeneration) =>
  generation === "legacy"
    ? msg("applications.generationGuard.changeToCloud", { launch: CLOUD_RECORDING_LAUNCH })
    : msg("applications.generationGuard.changeToLegacy", { launch: CLOUD_RECORDING_LAUNCH });

const REFUSALS: Record<GenerationOperation, (app: AppFacts) => string> = {
  recordingSettings: (app) =>
    msg("applications.generationGuard.recordingSettings", {
      name: app.name,
      url: TENCENT_LINKS.globalAutoRecording,
      changeIt: changeIt("cloud"),
    }),
  mixRecordId: (app) =>
    msg("applications.generationGuard.mixRecordId", { name: app.name, changeIt: changeIt("cloud") }),
  cloudTask: (app) => msg("applications.generationGuard.cloudTask", { name: app.name, changeIt: changeIt("legacy") }),
};

/** Whether the app's generation has this operation. */
export const hasOperation = (generation: RecordingGeneration, operation: GenerationOperation): boolean =>
  NEEDS[operation] === generation;

/** Why the app cannot do this (a message a person can act on, from `msg`), or null when it can. */
export function generationRefusal(app: AppFacts, operation: GenerationOperation): string | null {
  return hasOperation(app.generation, operation) ? null : REFUSALS[operation](app);
}

/**
 * What to say when the cloud refuses an operation of the app's generation as if the app had the
 * other one: the generation the console holds is the value to change.
 */
export function wrongGenerationMessage(app: AppFacts): string {
  const other: RecordingGeneration = app.generation === "cloud" ? "legacy" : "cloud";
  return msg("applications.generationGuard.wrongGeneration", {
    name: app.name,
    other: msg(`applications.generationsInSentence.${other}`),
    url: TENCENT_LINKS.recordingGenerations,
  });
}
