import { msg } from "@/lib/i18n/message";

/**
 * Which cloud recording an app has; one per app (reference §8, FAQ 647/62620): apps created on or
 * after 2022-08-01 have the new cloud recording (CreateCloudRecording), older ones the legacy
 * recording of the guide (CSS recording of the relayed streams, MCU mixes with a RecordId).
 */
export const RECORDING_GENERATIONS = ["legacy", "cloud"] as const;
export type RecordingGeneration = (typeof RECORDING_GENERATIONS)[number];

/**
 * English names, for text that is English only (the readiness CLI). Pages show
 * `applications.generations.<generation>` from the catalog instead.
 */
export const RECORDING_GENERATION_LABELS: Record<RecordingGeneration, string> = {
  legacy: "Legacy recording",
  cloud: "Cloud recording",
};

/**
 * The day TRTC launched the new cloud recording (1 August 2022): apps created from it on have
 * it. A message, as each language writes a date its own way.
 */
export const CLOUD_RECORDING_LAUNCH = msg("applications.cloudRecordingLaunch");

/** Tencent's pages the console sends people to for what only Tencent's consoles set. */
export const TENCENT_LINKS = {
  /** TRTC console → Application management: creation date, relay to CDN, global auto-recording. */
  trtcApplications: "https://console.cloud.tencent.com/trtc/app",
  /** Publishing to CDN (relay): enabling it creates the account's push domain (bizid). */
  relayToCdn: "https://cloud.tencent.com/document/product/647/84721",
  /** Which recording an app has, and how to tell (新版云端录制问题). */
  recordingGenerations: "https://cloud.tencent.com/document/product/647/62620",
  /** Global auto-recording of the new cloud recording, set in TRTC's console. */
  globalAutoRecording: "https://trtc.io/document/60094",
  /** The monthly package / Monitoring Dashboard that DescribeRoomInfo and DescribeUserInfo need. */
  monitoringPackage: "https://cloud.tencent.com/document/product/647/97310",
} as const;
