import { z } from "zod";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * Which cloud recording an app has; one per app (reference §8, FAQ 647/62620): apps created on or
 * after 2022-08-01 have the new cloud recording (CreateCloudRecording), older ones the legacy
 * recording of the guide (CSS recording of the relayed streams, MCU mixes with a RecordId).
 */
export const RECORDING_GENERATIONS = ["legacy", "cloud"] as const;
export type RecordingGeneration = (typeof RECORDING_GENERATIONS)[number];

export const RECORDING_GENERATION_LABELS: Record<RecordingGeneration, string> = {
  legacy: "Legacy recording",
  cloud: "Cloud recording",
};

/** The day TRTC launched the new cloud recording: apps created from it on have it. */
export const CLOUD_RECORDING_LAUNCH = "1 August 2022";

const sdkAppId = z.coerce
  .number({ error: "Enter the SdkAppId, a number such as 1400000123." })
  .int("An SdkAppId is a whole number such as 1400000123.")
  .min(1, "An SdkAppId is a positive number such as 1400000123.")
  .max(4_294_967_295, "An SdkAppId fits in 32 bits (at most 4294967295).");

const generation = z.enum(RECORDING_GENERATIONS, {
  error: `Choose the app's recording: cloud recording if it was created on or after ${CLOUD_RECORDING_LAUNCH}, legacy before.`,
});

const name = z.string().trim().min(1, "Enter a name.").max(100, "A name has at most 100 characters.");

/** A push domain as an admin types it; "" = find it with DescribeLiveDomains. */
export const pushDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/,
    "A push domain is a host name such as 12345.livepush.myqcloud.com (your bizid, not the SdkAppId).",
  );

const optionalSubAppId = z.preprocess(
  emptyToUndefined,
  z.coerce
    .number({ error: "A VOD sub-application id is a number." })
    .int()
    .positive("A VOD sub-application id is a positive number.")
    .optional(),
);

const sdkSecretKey = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9]{16,128}$/,
      "The SDK secret key is the app's key from the TRTC console: 16–128 letters and digits.",
    )
    .optional(),
);

/** Key hotlink protection's KEY (VOD doc 266/14047): 8–20 letters and digits. */
const hotlinkKey = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9]{8,20}$/, "The Key hotlink key is 8–20 letters and digits, as set in VOD's console.")
    .optional(),
);

/** A checkbox as a form or FormData gives it ("on" when ticked, nothing when not); anything else is refused. */
const checkbox = z.preprocess(
  (value) => {
    if (value === "on" || value === "true") return true;
    if (value === undefined || value === "" || value === "false") return false;
    return value;
  },
  z.boolean({ error: "Tick the box or leave it empty." }),
);

export const createApplicationSchema = z.object({
  sdkAppId,
  name,
  generation,
  /** Empty: the console looks it up (DescribeLiveDomains) and asks when it cannot tell. */
  pushDomain: z.preprocess(emptyToUndefined, pushDomainSchema.optional()),
  defaultVodSubAppId: optionalSubAppId,
  sdkSecretKey,
});
export type CreateApplicationInput = z.input<typeof createApplicationSchema>;

export const selectApplicationSchema = z.object({ sdkAppId });

/**
 * An admin's edit of an application. Secrets are never sent back to the browser: an empty key
 * keeps the stored one, unless `clearMediaHotlinkKey` says to remove it.
 */
export const updateApplicationSchema = z.object({
  sdkAppId,
  name,
  generation,
  pushDomain: z.preprocess(emptyToUndefined, pushDomainSchema.optional()),
  defaultVodSubAppId: optionalSubAppId,
  mediaDomainHttps: checkbox,
  mediaHotlinkKey: hotlinkKey,
  clearMediaHotlinkKey: checkbox,
});
export type UpdateApplicationInput = z.input<typeof updateApplicationSchema>;

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
