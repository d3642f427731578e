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

const changeIt = (generation: RecordingGeneration) =>
  generation === "legacy"
    ? `If this app was created on or after ${CLOUD_RECORDING_LAUNCH}, it has cloud recording: change its recording generation under Applications.`
    : `If this app was created before ${CLOUD_RECORDING_LAUNCH}, it has legacy recording: change its recording generation under Applications.`;

const REFUSALS: Record<GenerationOperation, (app: AppFacts) => string> = {
  recordingSettings: (app) =>
    `${app.name} uses cloud recording: the legacy recording settings (CSS record templates and rules) do not record its rooms. Record with a cloud-recording task, or set global auto-recording in TRTC's console (${TENCENT_LINKS.globalAutoRecording}). ${changeIt("cloud")}`,
  mixRecordId: (app) =>
    `${app.name} uses cloud recording: an MCU mix's record id records nothing on it. Leave the record id empty (the mix is relayed only) and record with a cloud-recording task. ${changeIt("cloud")}`,
  cloudTask: (app) =>
    `${app.name} uses legacy recording: cloud-recording tasks (CreateCloudRecording) are not available on it. Record with the recording settings or a mixed recording's record id. ${changeIt("legacy")}`,
};

/** Whether the app's generation has this operation. */
export const hasOperation = (generation: RecordingGeneration, operation: GenerationOperation): boolean =>
  NEEDS[operation] === generation;

/** Why the app cannot do this (a message a person can act on), or null when it can. */
export function generationRefusal(app: AppFacts, operation: GenerationOperation): string | null {
  return hasOperation(app.generation, operation) ? null : REFUSALS[operation](app);
}

/**
 * What to say when the cloud refuses an operation of the app's generation as if the app had the
 * other one: the generation the console holds is the value to change.
 */
export function wrongGenerationMessage(app: AppFacts): string {
  const other: RecordingGeneration = app.generation === "cloud" ? "legacy" : "cloud";
  const otherLabel = other === "legacy" ? "legacy recording" : "cloud recording";
  return `The cloud refused this as if ${app.name} had ${otherLabel}: this app probably uses ${otherLabel}. Change its recording generation under Applications (see ${TENCENT_LINKS.recordingGenerations}).`;
}
