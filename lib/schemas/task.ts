import { z } from "zod";
import { fileNameIdSchema, intIn } from "./form-fields";
import { layoutIssues, recordingLayoutSchema } from "./recording-layout";
import { roomIdSchema } from "./room";
import { splitUserIds } from "./user-id-list";

export { splitUserIds } from "./user-id-list";

/**
 * The cloud-recording task forms (CreateCloudRecording / ModifyCloudRecording), shared by the form
 * and the server actions. Ranges are reference §2.2's; the layout is the one both APIs share
 * (./recording-layout.ts), checked against this API's rules by `layoutIssues(…, "task")`. This API
 * numbers layouts and render modes unlike the MCU; only the wire adapter knows the numbers.
 */

export const TASK_MAX_SUBSCRIBED = 32;

/** RecordParams.StreamType: 0 audio and video, 1 audio only, 2 video only. */
export const TASK_STREAM_TYPES = { 0: "Audio and video", 1: "Audio only", 2: "Video only" } as const;
/** TencentVod.MediaType: 0 mp4, 1 hls, 2 aac, 3 hls + mp4, 4 hls + aac (aac ones need audio only). */
export const TASK_MEDIA_TYPES = { 0: "MP4", 1: "HLS", 2: "AAC", 3: "HLS + MP4", 4: "HLS + AAC" } as const;
/** MixTranscodeParams.AudioParams.SampleRate is an enum: 1 = 48 kHz, 2 = 44.1 kHz, 3 = 16 kHz. */
export const TASK_SAMPLE_RATES = { 1: "48 kHz", 2: "44.1 kHz", 3: "16 kHz" } as const;

export const ESTIMATE_INPUT_TIERS = ["sd", "hd", "fhd", "2k", "4k"] as const;

/** A subscription entry: a user id, or a prefix followed by `.*$` (`1.*$` names every id starting with 1). */
const SUBSCRIPTION_ENTRY = /^[A-Za-z0-9_-]{1,32}(\.\*\$)?$/;

const subscriptionListSchema = z
  .object({
    mode: z.enum(["all", "allow", "deny"], { error: "Choose everyone, only these users, or all but these users." }),
    /** As typed: ids separated by commas or spaces. */
    userIds: z.string().max(2000, "The list is too long."),
  })
  .superRefine((list, context) => {
    if (list.mode === "all") return;
    const entries = splitUserIds(list.userIds);
    const issue = (message: string) => context.addIssue({ code: "custom", path: ["userIds"], message });
    if (entries.length === 0) issue("Name at least one user, or choose everyone.");
    if (entries.length > TASK_MAX_SUBSCRIBED) issue(`A list holds at most ${TASK_MAX_SUBSCRIBED} users.`);
    const bad = entries.filter((entry) => !SUBSCRIPTION_ENTRY.test(entry));
    if (bad.length > 0)
      issue(
        `Not a user id: ${bad.join(", ")}. Ids use letters, digits, _ and - (at most 32); end one with .*$ to name every id it starts.`,
      );
  });

export const subscriptionSchema = z.object({ audio: subscriptionListSchema, video: subscriptionListSchema });
export type Subscription = z.infer<typeof subscriptionSchema>;

export const taskOutputSchema = z
  .object({
    width: intIn("The width", 2, 1920, "px"),
    height: intIn("The height", 2, 1920, "px"),
    framerate: intIn("The frame rate", 1, 60, "fps"),
    videoBitrateKbps: intIn("The video bitrate", 64, 8192, "kbps"),
    gopSeconds: intIn("The GOP", 1, 10, "seconds"),
    audioSampleRate: z.literal([1, 2, 3], { error: "The sample rate is 48 kHz, 44.1 kHz or 16 kHz." }),
    audioChannels: z.literal([1, 2], { error: "Audio has 1 (mono) or 2 (stereo) channels." }),
    audioBitrateKbps: intIn("The audio bitrate", 32, 128, "kbps"),
  })
  .refine((output) => output.width * output.height <= 1920 * 1080, {
    path: ["height"],
    message: "Width × height may be at most 1920 × 1080 pixels.",
  });
export type TaskOutput = z.infer<typeof taskOutputSchema>;

export const startTaskSchema = z
  .object({
    roomId: roomIdSchema,
    recordMode: z.enum(["single", "mixed"], { error: "Record each stream, or one mix of them." }),
    maxIdleSeconds: intIn("The idle time", 5, 86_400, "seconds"),
    streamType: z.literal([0, 1, 2], { error: "Record audio and video, audio only or video only." }),
    subscription: subscriptionSchema,
    mediaType: z.literal([0, 1, 2, 3, 4], { error: "Choose what VOD keeps: MP4, HLS, AAC or a pair." }),
    retentionDays: intIn("Retention", 0, 1500, "days"),
    subAppId: z.number().int().positive("A sub-application id is a positive number.").nullable(),
    userDefineRecordId: z.union([z.literal(""), fileNameIdSchema("a file-name prefix")]),
    output: taskOutputSchema,
    layout: recordingLayoutSchema,
    /** Only for the cost estimate: TRTC's room queries do not say at what size users publish. */
    estimateInputTier: z.enum(ESTIMATE_INPUT_TIERS, { error: "Choose the inputs' usual picture size." }),
    /**
     * Only for the cost estimate: how many users the form saw subscribed. The start never asks
     * the room queries (paid, not real time: reference §8); rows from before this field read 0.
     */
    estimateInputCount: z.number().int().min(0).max(1000).optional(),
  })
  .superRefine((input, context) => {
    if ((input.mediaType === 2 || input.mediaType === 4) && input.streamType !== 1)
      context.addIssue({
        code: "custom",
        path: ["mediaType"],
        message: "AAC files need an audio-only recording: set the streams to audio only, or keep MP4 or HLS.",
      });
    if (input.recordMode === "mixed")
      for (const issue of layoutIssues(input.layout, input.output, "task"))
        context.addIssue({ code: "custom", path: ["layout", ...issue.path], message: issue.message });
  });
export type StartTaskInput = z.infer<typeof startTaskSchema>;

/** ModifyCloudRecording replaces the whole layout and subscription, so both are always sent. */
export const modifyTaskSchema = z.object({
  recordingId: z.uuid({ error: "Not a recording of this console." }),
  subscription: subscriptionSchema,
  layout: recordingLayoutSchema,
});
export type ModifyTaskInput = z.infer<typeof modifyTaskSchema>;
