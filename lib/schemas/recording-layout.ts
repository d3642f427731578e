import { msg } from "@/lib/i18n/message";
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

export const streamTypeSchema = z.literal([0, 1], { error: msg("recordingTasks.schema.streamKind") });
export const tileFitSchema = z.enum(["crop", "stretch", "fit"], { error: msg("recordingTasks.schema.tileFit") });

/** `#RRGGBB`, as a colour input gives it. */
export const hexColourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, msg("recordingTasks.schema.backgroundColour"));

/** One tile of a custom layout, as the editor makes it. */
export const layoutSlotSchema = z.object({
  id: z.string().min(1).max(64),
  userId: userIdSchema.nullable(),
  streamType: streamTypeSchema,
  x: intIn(msg("fields.names.x"), 0, 1920, "px"),
  y: intIn(msg("fields.names.y"), 0, 1920, "px"),
  width: intIn(msg("fields.names.width"), 2, 1920, "px"),
  height: intIn(msg("fields.names.height"), 2, 1920, "px"),
  zOrder: intIn(msg("fields.names.layer"), 0, 24, "none"),
  fit: tileFitSchema,
});
export type LayoutSlot = z.infer<typeof layoutSlotSchema>;

const smallPictureSchema = z.object({
  userId: userIdSchema,
  streamType: streamTypeSchema,
  x: intIn(msg("fields.names.x"), 0, 1920, "px"),
  y: intIn(msg("fields.names.y"), 0, 1080, "px"),
  width: intIn(msg("fields.names.width"), 2, 1920, "px"),
  height: intIn(msg("fields.names.height"), 2, 1080, "px"),
});

export const recordingLayoutSchema = z.object({
  template: z.enum(LAYOUT_TEMPLATE_NAMES, { error: msg("recordingTasks.schema.template") }),
  /** "" = TRTC's choice (the first user to join). */
  mainUserId: z.union([z.literal(""), userIdSchema]),
  mainStreamType: streamTypeSchema,
  /** Screen share: the big picture on the right. */
  mainRightAlign: z.boolean(),
  /** MCU floating, grid, screen share: only these users get video; nobody = everyone. */
  mixVideoUserIds: z
    .array(userIdSchema)
    .max(MAX_VIDEO_USERS, msg("recordingTasks.schema.videoUsersTooMany", { max: MAX_VIDEO_USERS })),
  /** "default" leaves RenderMode out: the template's own choice. */
  renderMode: z.enum(["default", "crop", "stretch", "fit"]),
  backgroundColor: hexColourSchema,
  /** MCU picture-in-picture: the small picture's user and place. */
  small: smallPictureSchema.nullable(),
  /** Task templates: audio-only users take no tile (PureAudioDisableLayout). */
  pureAudioDisableLayout: z.boolean(),
  slots: z
    .array(layoutSlotSchema)
    .max(MOST_TILES, msg("recordingTasks.schema.customTooManyTiles", { max: MOST_TILES })),
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
  /** What crosses, as a catalog message (`msg`). */
  what: string,
): LayoutIssue[] {
  const issues: LayoutIssue[] = [];
  if (box.x + box.width > canvas.width)
    issues.push({
      path: [...path, "width"],
      message: msg("recordingTasks.layoutIssues.rightEdge", { what, sum: box.x + box.width, width: canvas.width }),
    });
  if (box.y + box.height > canvas.height)
    issues.push({
      path: [...path, "height"],
      message: msg("recordingTasks.layoutIssues.bottomEdge", { what, sum: box.y + box.height, height: canvas.height }),
    });
  return issues;
}

/** How each API's documents name the custom layout: the messages take `{api, select, mcu … other …}`. */

function customIssues(layout: RecordingLayout, canvas: { width: number; height: number }, api: MixApi): LayoutIssue[] {
  const rules = LAYOUT_API_RULES[api];
  const issues: LayoutIssue[] = [];
  if (layout.slots.length === 0)
    issues.push({ path: ["slots"], message: msg("recordingTasks.layoutIssues.noTiles", { api }) });
  layout.slots.forEach((slot, index) =>
    issues.push(
      ...boxIssues(slot, canvas, ["slots", index], msg("recordingTasks.layoutIssues.tile", { number: index + 1 })),
    ),
  );
  if (layout.slots.some((slot) => slot.zOrder > rules.maxLayer))
    issues.push({
      path: ["slots"],
      message: msg("recordingTasks.layoutIssues.layers", { api, max: rules.maxLayer }),
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
        // The choice list is per API in the catalog (in rules.templates' order), so it reads in each language.
        message: msg("recordingTasks.layoutIssues.notThisApi", {
          template: LAYOUT_TEMPLATE_LABELS[layout.template],
          api,
        }),
      },
    ];
  // Checked whatever the template: tiles kept for a switch back to custom are still sent nowhere
  // else, but a request the API would refuse if it were custom is not stored as valid either.
  if (layout.slots.length > rules.maxTiles)
    return [
      { path: ["slots"], message: msg("recordingTasks.layoutIssues.tooManyTiles", { api, max: rules.maxTiles }) },
    ];
  if (layout.template === "custom") return customIssues(layout, canvas, api);
  if (layout.template !== "pictureInPicture") return [];
  if (!layout.small) return [{ path: ["small"], message: msg("recordingTasks.layoutIssues.noSmallPicture") }];
  return boxIssues(layout.small, canvas, ["small"], msg("recordingTasks.layoutIssues.smallPicture"));
}
