import { z } from "zod";
import {
  LAYOUT_API_RULES,
  LAYOUT_TEMPLATE_LABELS,
  LAYOUT_TEMPLATE_NAMES,
  MAX_VIDEO_USERS,
  type MixApi,
} from "@/lib/recording-tasks/layout/layout-apis";
import { intIn } from "./form-fields";
import { userIdSchema } from "./room";

/**
 * The one layout both mixing APIs are started and re-laid out with: the editor edits it, the
 * schemas check it against the API's rules (lib/recording-tasks/layout/layout-apis.ts), and two
 * adapters write it to the wire (lib/cloud/trtc/mcu-params.ts LayoutParams, task-params.ts
 * MixLayoutParams). Fields an API does not have are kept and not sent, so switching the API in
 * the start form loses nothing.
 */

/** The most any API draws: MixLayoutList holds 25 entries; the MCU's 16 is checked per API. */
const MOST_TILES = 25;

export const streamTypeSchema = z.literal([0, 1], { error: "The stream is 0 (camera) or 1 (screen share)." });
export const tileFitSchema = z.enum(["crop", "stretch", "fit"], { error: "Choose how the picture fits its tile." });

/** `#RRGGBB`, as a colour input gives it. */
export const hexColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, "The background colour is #RRGGBB, e.g. #000000 for black.");

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

const smallPictureSchema = z.object({
  userId: userIdSchema,
  streamType: streamTypeSchema,
  x: intIn("X", 0, 1920, "px"),
  y: intIn("Y", 0, 1080, "px"),
  width: intIn("The width", 2, 1920, "px"),
  height: intIn("The height", 2, 1080, "px"),
});

export const recordingLayoutSchema = z.object({
  template: z.enum(LAYOUT_TEMPLATE_NAMES, { error: "Choose a template." }),
  /** "" = TRTC's choice (the first user to join). */
  mainUserId: z.union([z.literal(""), userIdSchema]),
  mainStreamType: streamTypeSchema,
  /** Screen share: the big picture on the right. */
  mainRightAlign: z.boolean(),
  /** MCU floating, grid, screen share: only these users get video; nobody = everyone. */
  mixVideoUserIds: z.array(userIdSchema).max(MAX_VIDEO_USERS, `Choose at most ${MAX_VIDEO_USERS} users for video.`),
  /** "default" leaves RenderMode out: the template's own choice. */
  renderMode: z.enum(["default", "crop", "stretch", "fit"]),
  backgroundColor: hexColourSchema,
  /** MCU picture-in-picture: the small picture's user and place. */
  small: smallPictureSchema.nullable(),
  /** Task templates: audio-only users take no tile (PureAudioDisableLayout). */
  pureAudioDisableLayout: z.boolean(),
  slots: z.array(layoutSlotSchema).max(MOST_TILES, `A custom layout holds at most ${MOST_TILES} tiles.`),
});
export type RecordingLayout = z.infer<typeof recordingLayoutSchema>;

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

/** How each API's documents name the custom layout. */
const customWhat = (api: MixApi) => (api === "mcu" ? "The custom template" : "The custom layout");

function customIssues(layout: RecordingLayout, canvas: { width: number; height: number }, api: MixApi): LayoutIssue[] {
  const rules = LAYOUT_API_RULES[api];
  const what = customWhat(api);
  const issues: LayoutIssue[] = [];
  if (layout.slots.length === 0)
    issues.push({ path: ["slots"], message: `${what} needs at least one tile: add one in the editor.` });
  layout.slots.forEach((slot, index) => issues.push(...boxIssues(slot, canvas, ["slots", index], `Tile ${index + 1}`)));
  if (layout.slots.some((slot) => slot.zOrder > rules.maxLayer))
    issues.push({
      path: ["slots"],
      message: `The ${api === "mcu" ? "MCU" : "recording"}'s layers go from 0 to ${rules.maxLayer}.`,
    });
  return issues;
}

/** What the API would refuse in a layout for a canvas (reference §2.1, §2.2), as field issues. */
export function layoutIssues(
  layout: RecordingLayout,
  canvas: { width: number; height: number },
  api: MixApi,
): LayoutIssue[] {
  const rules = LAYOUT_API_RULES[api];
  if (!rules.templates.includes(layout.template))
    return [
      {
        path: ["template"],
        message: `${LAYOUT_TEMPLATE_LABELS[layout.template]} is not a layout of this API: choose ${rules.templates
          .map((name) => LAYOUT_TEMPLATE_LABELS[name].toLowerCase())
          .join(", ")}.`,
      },
    ];
  // Checked whatever the template: tiles kept for a switch back to custom are still sent nowhere
  // else, but a request the API would refuse if it were custom is not stored as valid either.
  if (layout.slots.length > rules.maxTiles)
    return [{ path: ["slots"], message: `${customWhat(api)} holds at most ${rules.maxTiles} tiles.` }];
  if (layout.template === "custom") return customIssues(layout, canvas, api);
  if (layout.template !== "pictureInPicture") return [];
  if (!layout.small)
    return [{ path: ["small"], message: "Picture-in-picture needs the small picture's user and place." }];
  return boxIssues(layout.small, canvas, ["small"], "The small picture");
}
