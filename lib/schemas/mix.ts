import { z } from "zod";
import { MCU_TEMPLATES } from "./layout-labels";
import { roomIdSchema, userIdSchema } from "./room";

// Re-exported for the server; client components import them from ./layout-labels, which has no
// zod (a module imported for a constant is bundled whole, zod with it).
export { MCU_TEMPLATE_LABELS, MCU_TEMPLATES, type McuTemplateName } from "./layout-labels";

/**
 * The mixed-recording forms (legacy MCU: StartMCUMixTranscode), shared by the form and the server
 * actions. Ranges are reference §2.1's; checks that need the output's size (a tile inside the
 * canvas) are in `mixLayoutIssues`, which both the start schema and the re-layout action run.
 */

/** The MCU mixes at most 16 pictures; its custom template holds at most 16 slots. */
export const MCU_MAX_TILES = 16;

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

/** A whole number from `min` to `max`, with a message that says the range and the unit. */
export const intIn = (field: string, min: number, max: number, unit: string) => {
  const range = `${field} must be a whole number from ${min} to ${max}${unit ? ` ${unit}` : ""}.`;
  return z.number({ error: range }).int(range).min(min, range).max(max, range);
};

export const streamTypeSchema = z.literal([0, 1], { error: "The stream is 0 (camera) or 1 (screen share)." });
export const tileFitSchema = z.enum(["crop", "stretch", "fit"], { error: "Choose how the picture fits its tile." });

/** `#RRGGBB`, as a colour input gives it. */
export const hexColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "The background colour is #RRGGBB, e.g. #000000 for black.");

/** Letters, digits, `_` and `-`, as file-name prefixes and stream ids allow (≤ 64). */
export const fileNameIdSchema = (field: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${field}.`)
    .max(64, `${field[0]?.toUpperCase() ?? ""}${field.slice(1)} has at most 64 characters.`)
    .regex(
      /^[A-Za-z0-9_-]*$/,
      `${field[0]?.toUpperCase() ?? ""}${field.slice(1)} may use letters, digits, _ and - only.`,
    );

/** One tile of a custom layout, as the editor makes it. */
export const layoutSlotSchema = z.object({
  id: z.string().min(1).max(64),
  userId: userIdSchema.nullable(),
  streamType: streamTypeSchema,
  x: intIn("X", 0, 1920, "px"),
  y: intIn("Y", 0, 1920, "px"),
  width: intIn("The width", 2, 1920, "px"),
  height: intIn("The height", 2, 1920, "px"),
  zOrder: intIn("The layer", 0, 24, ""),
  fit: tileFitSchema,
});
export type LayoutSlot = z.infer<typeof layoutSlotSchema>;

export const mixOutputSchema = z.object({
  width: intIn("The width", 2, 1920, "px"),
  height: intIn("The height", 2, 1080, "px"),
  videoBitrateKbps: intIn("The video bitrate", 1, 10_000, "kbps"),
  framerate: intIn("The frame rate", 1, 60, "fps"),
  gopSeconds: intIn("The GOP", 1, 5, "seconds"),
  audioSampleRate: z.literal(AUDIO_SAMPLE_RATES, {
    error: `The audio sample rate is one of ${AUDIO_SAMPLE_RATES.join(", ")} Hz.`,
  }),
  audioBitrateKbps: intIn("The audio bitrate", 8, 500, "kbps"),
  audioChannels: z.literal([1, 2], { error: "Audio has 1 (mono) or 2 (stereo) channels." }),
});
export type MixOutput = z.infer<typeof mixOutputSchema>;

const pipSchema = z.object({
  userId: userIdSchema,
  streamType: streamTypeSchema,
  x: intIn("X", 0, 1920, "px"),
  y: intIn("Y", 0, 1080, "px"),
  width: intIn("The width", 2, 1920, "px"),
  height: intIn("The height", 2, 1080, "px"),
});

export const mixLayoutSchema = z.object({
  template: z.enum(MCU_TEMPLATES, { error: "Choose a template." }),
  /** "" = TRTC's choice (the first user to join). */
  mainUserId: z.union([z.literal(""), userIdSchema]),
  mainStreamType: streamTypeSchema,
  mainRightAlign: z.boolean(),
  mixVideoUserIds: z.array(userIdSchema).max(MCU_MAX_TILES, `Choose at most ${MCU_MAX_TILES} users for video.`),
  /** "default" leaves RenderMode out: the template's own choice. */
  renderMode: z.enum(["default", "crop", "stretch", "fit"]),
  backgroundColor: hexColourSchema,
  small: pipSchema.nullable(),
  slots: z.array(layoutSlotSchema).max(MCU_MAX_TILES, `The custom template holds at most ${MCU_MAX_TILES} tiles.`),
});
export type MixLayout = z.infer<typeof mixLayoutSchema>;

export interface LayoutIssue {
  path: (string | number)[];
  message: string;
}

/** Problems of boxes against the canvas: `X + W ≤ width` and `Y + H ≤ height`. */
export function boxIssues(
  box: { x: number; y: number; width: number; height: number },
  canvas: { width: number; height: number },
  path: (string | number)[],
  what: string,
): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  if (box.x + box.width > canvas.width)
    issues.push({
      path: [...path, "width"],
      message: `${what} crosses the right edge: X + width is ${box.x + box.width}, the output is ${canvas.width} px wide.`,
    });
  if (box.y + box.height > canvas.height)
    issues.push({
      path: [...path, "height"],
      message: `${what} crosses the bottom edge: Y + height is ${box.y + box.height}, the output is ${canvas.height} px high.`,
    });
  return issues;
}

/** What the MCU would refuse in a layout for a canvas (reference §2.1), as field issues. */
export function mixLayoutIssues(layout: MixLayout, canvas: { width: number; height: number }): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  if (layout.template === "custom") {
    if (layout.slots.length === 0)
      issues.push({ path: ["slots"], message: "The custom template needs at least one tile: add one in the editor." });
    layout.slots.forEach((slot, index) =>
      issues.push(...boxIssues(slot, canvas, ["slots", index], `Tile ${index + 1}`)),
    );
    if (layout.slots.some((slot) => slot.zOrder > 15))
      issues.push({ path: ["slots"], message: "The MCU's layers go from 0 to 15." });
  }
  if (layout.template === "pictureInPicture") {
    if (!layout.small)
      issues.push({ path: ["small"], message: "Picture-in-picture needs the small picture's user and place." });
    else issues.push(...boxIssues(layout.small, canvas, ["small"], "The small picture"));
  }
  return issues;
}

const prefixed = (issues: LayoutIssue[], path: (string | number)[]) =>
  issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));

export const startMixSchema = z
  .object({
    roomId: roomIdSchema,
    /** OutputParams.RecordId, the files' name prefix; "" = relayed only (and on cloud-recording apps, always). */
    recordId: z.union([z.literal(""), fileNameIdSchema("a record id")]),
    streamId: fileNameIdSchema("a stream id"),
    output: mixOutputSchema,
    layout: mixLayoutSchema,
  })
  .superRefine((input, context) => {
    for (const issue of prefixed(mixLayoutIssues(input.layout, input.output), ["layout"]))
      context.addIssue({ code: "custom", ...issue });
  });
export type StartMixInput = z.infer<typeof startMixSchema>;

const recordingIdSchema = z.uuid({ error: "Not a recording of this console." });

export const changeMixLayoutSchema = z.object({ recordingId: recordingIdSchema, layout: mixLayoutSchema });
export type ChangeMixLayoutInput = z.infer<typeof changeMixLayoutSchema>;

export const stopRecordingSchema = z.object({ recordingId: recordingIdSchema });
export type StopRecordingInput = z.infer<typeof stopRecordingSchema>;

/** Field-error keys as the actions return them: `layout.slots.0.width`. */
export const issueKey = (path: readonly PropertyKey[]) => path.map(String).join(".");
