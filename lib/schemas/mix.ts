import { msg } from "@/lib/i18n/message";
import { z } from "zod";
import { fileNameIdSchema, intIn } from "./form-fields";
import { layoutIssues, recordingLayoutSchema } from "./recording-layout";
import { roomIdSchema } from "./room";

/**
 * The mixed-recording forms (legacy MCU: StartMCUMixTranscode), shared by the form and the server
 * actions. Ranges are reference §2.1's; the layout is the one both APIs share
 * (./recording-layout.ts), checked against the MCU's rules by `layoutIssues(…, "mcu")`, which both
 * the start schema and the re-layout action run (a tile inside the canvas needs the output's size).
 */

export const AUDIO_SAMPLE_RATES = [48000, 44100, 32000, 24000, 16000, 8000] as const;

/** The console's output presets (TRTC's usual bitrates for these sizes); every value stays editable. */
export const MIX_OUTPUT_PRESETS = {
  "360p": { width: 640, height: 360, videoBitrateKbps: 550, framerate: 15, gopSeconds: 2 },
  "540p": { width: 960, height: 540, videoBitrateKbps: 850, framerate: 15, gopSeconds: 2 },
  "720p": { width: 1280, height: 720, videoBitrateKbps: 1200, framerate: 15, gopSeconds: 2 },
  "1080p": { width: 1920, height: 1080, videoBitrateKbps: 2000, framerate: 15, gopSeconds: 2 },
} as const;
export type MixOutputPreset = keyof typeof MIX_OUTPUT_PRESETS;
export const DEFAULT_MIX_AUDIO = { audioSampleRate: 48000, audioBitrateKbps: 64, audioChannels: 2 } as const;

export const mixOutputSchema = z.object({
  width: intIn(msg("fields.names.width"), 2, 1920, "px"),
  height: intIn(msg("fields.names.height"), 2, 1080, "px"),
  videoBitrateKbps: intIn(msg("fields.names.videoBitrate"), 1, 10_000, "kbps"),
  framerate: intIn(msg("fields.names.frameRate"), 1, 60, "fps"),
  gopSeconds: intIn(msg("fields.names.gop"), 1, 5, "seconds"),
  audioSampleRate: z.literal(AUDIO_SAMPLE_RATES, {
    error: msg("recordingTasks.schema.mixSampleRate", { rates: AUDIO_SAMPLE_RATES.join(", ") }),
  }),
  audioBitrateKbps: intIn(msg("fields.names.audioBitrate"), 8, 500, "kbps"),
  audioChannels: z.literal([1, 2], { error: msg("recordingTasks.schema.audioChannels") }),
});
export type MixOutput = z.infer<typeof mixOutputSchema>;

export const startMixSchema = z
  .object({
    roomId: roomIdSchema,
    /** OutputParams.RecordId, the files' name prefix; "" = relayed only (and on cloud-recording apps, always). */
    recordId: z.union([z.literal(""), fileNameIdSchema("recordId")]),
    streamId: fileNameIdSchema("streamId"),
    output: mixOutputSchema,
    layout: recordingLayoutSchema,
  })
  .superRefine((input, context) => {
    for (const issue of layoutIssues(input.layout, input.output, "mcu"))
      context.addIssue({ code: "custom", path: ["layout", ...issue.path], message: issue.message });
  });
export type StartMixInput = z.infer<typeof startMixSchema>;

const recordingIdSchema = z.uuid({ error: msg("recordingTasks.schema.notThisConsole") });

export const changeMixLayoutSchema = z.object({ recordingId: recordingIdSchema, layout: recordingLayoutSchema });
export type ChangeMixLayoutInput = z.infer<typeof changeMixLayoutSchema>;

export const stopRecordingSchema = z.object({ recordingId: recordingIdSchema });
export type StopRecordingInput = z.infer<typeof stopRecordingSchema>;
