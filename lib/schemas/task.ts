import { msg } from "@/lib/i18n/message";
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

/** RecordParams.StreamType: 0 audio and video, 1 audio only, 2 video only (catalog messages, `msg`). */
export const TASK_STREAM_TYPES = {
  0: msg("recordingTasks.streamTypes.audioVideo"),
  1: msg("recordingTasks.streamTypes.audioOnly"),
  2: msg("recordingTasks.streamTypes.videoOnly"),
} as const;
/** TencentVod.MediaType: 0 mp4, 1 hls, 2 aac, 3 hls + mp4, 4 hls + aac (aac ones need audio only). */
export const TASK_MEDIA_TYPES = { 0: "MP4", 1: "HLS", 2: "AAC", 3: "HLS + MP4", 4: "HLS + AAC" } as const;
/** MixTranscodeParams.AudioParams.SampleRate is an enum: 1 = 48 kHz, 2 = 44.1 kHz, 3 = 16 kHz. */
export const TASK_SAMPLE_RATES = { 1: "48 kHz", 2: "44.1 kHz", 3: "16 kHz" } as const;

export const ESTIMATE_INPUT_TIERS = ["sd", "hd", "fhd", "2k", "4k"] as const;

/** A subscription entry: a user id, or a prefix followed by `.*$` (`1.*$` names every id starting with 1). */
const SUBSCRIPTION_ENTRY = /^[A-Za-z0-9_-]{1,32}(\.\*\$)?$/;

const subscriptionListSchema = z
  .object({
    mode: z.enum(["all", "allow", "deny"], { error: msg("recordingTasks.schema.subscriptionMode") }),
    /** As typed: ids separated by commas or spaces. */
    userIds: z.string().max(2000, msg("recordingTasks.schema.listTooLong")),
  })
  .superRefine((list, context) => {
    if (list.mode === "all") return;
    const entries = splitUserIds(list.userIds);
    const issue = (message: string) => context.addIssue({ code: "custom", path: ["userIds"], message });
    if (entries.length === 0) issue(msg("recordingTasks.schema.listEmpty"));
    if (entries.length > TASK_MAX_SUBSCRIBED)
      issue(msg("recordingTasks.schema.listTooMany", { max: TASK_MAX_SUBSCRIBED }));
    const bad = entries.filter((entry) => !SUBSCRIPTION_ENTRY.test(entry));
    if (bad.length > 0) issue(msg("recordingTasks.schema.notUserIds", { ids: bad.join(", ") }));
  });

export const subscriptionSchema = z.object({ audio: subscriptionListSchema, video: subscriptionListSchema });
export type Subscription = z.infer<typeof subscriptionSchema>;

export const taskOutputSchema = z
  .object({
    width: intIn(msg("fields.names.width"), 2, 1920, "px"),
    height: intIn(msg("fields.names.height"), 2, 1920, "px"),
    framerate: intIn(msg("fields.names.frameRate"), 1, 60, "fps"),
    videoBitrateKbps: intIn(msg("fields.names.videoBitrate"), 64, 8192, "kbps"),
    gopSeconds: intIn(msg("fields.names.gop"), 1, 10, "seconds"),
    audioSampleRate: z.literal([1, 2, 3], { error: msg("recordingTasks.schema.taskSampleRate") }),
    audioChannels: z.literal([1, 2], { error: msg("recordingTasks.schema.audioChannels") }),
    audioBitrateKbps: intIn(msg("fields.names.audioBitrate"), 32, 128, "kbps"),
  })
  .refine((output) => output.width * output.height <= 1920 * 1080, {
    path: ["height"],
    message: msg("recordingTasks.schema.pictureTooBig"),
  });
export type TaskOutput = z.infer<typeof taskOutputSchema>;

export const startTaskSchema = z
  .object({
    roomId: roomIdSchema,
    recordMode: z.enum(["single", "mixed"], { error: msg("recordingTasks.schema.recordMode") }),
    maxIdleSeconds: intIn(msg("fields.names.idleTime"), 5, 86_400, "seconds"),
    streamType: z.literal([0, 1, 2], { error: msg("recordingTasks.schema.streamType") }),
    subscription: subscriptionSchema,
    mediaType: z.literal([0, 1, 2, 3, 4], { error: msg("recordingTasks.schema.mediaType") }),
    retentionDays: intIn(msg("fields.names.retention"), 0, 1500, "days"),
    subAppId: z.number().int().positive(msg("recordingTasks.schema.subAppId")).nullable(),
    userDefineRecordId: z.union([z.literal(""), fileNameIdSchema("fileNamePrefix")]),
    output: taskOutputSchema,
    layout: recordingLayoutSchema,
    /** Only for the cost estimate: TRTC's room queries do not say at what size users publish. */
    estimateInputTier: z.enum(ESTIMATE_INPUT_TIERS, { error: msg("recordingTasks.schema.inputTier") }),
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
        message: msg("recordingTasks.schema.aacNeedsAudioOnly"),
      });
    if (input.recordMode === "mixed")
      for (const issue of layoutIssues(input.layout, input.output, "task"))
        context.addIssue({ code: "custom", path: ["layout", ...issue.path], message: issue.message });
  });
export type StartTaskInput = z.infer<typeof startTaskSchema>;

/** ModifyCloudRecording replaces the whole layout and subscription, so both are always sent. */
export const modifyTaskSchema = z.object({
  recordingId: z.uuid({ error: msg("recordingTasks.schema.notThisConsole") }),
  subscription: subscriptionSchema,
  layout: recordingLayoutSchema,
});
export type ModifyTaskInput = z.infer<typeof modifyTaskSchema>;
