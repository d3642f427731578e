/**
 * The two TRTC APIs that mix a room into one picture, and what each allows of the one layout the
 * console edits (reference §2.1 StartMCUMixTranscode's LayoutParams, §2.2 CreateCloudRecording's
 * MixLayoutParams). The editor, the schemas' checks and the wire adapters all read these rules,
 * so a difference between the APIs is written here once. No zod: client components import it.
 */

export const LAYOUT_TEMPLATE_NAMES = ["floating", "grid", "screenShare", "pictureInPicture", "custom"] as const;
export type LayoutTemplateName = (typeof LAYOUT_TEMPLATE_NAMES)[number];

export const LAYOUT_TEMPLATE_LABELS: Record<LayoutTemplateName, string> = {
  floating: "Floating",
  grid: "Grid",
  screenShare: "Screen share",
  pictureInPicture: "Picture-in-picture",
  custom: "Custom",
};

/** The MCU's MixVideoUids holds at most 16 users. */
export const MAX_VIDEO_USERS = 16;

/** `mcu`: StartMCUMixTranscode (legacy mix); `task`: CreateCloudRecording (cloud-recording task). */
export type MixApi = "mcu" | "task";

export interface LayoutApiRules {
  /** The templates the API has, in the order the editor offers them. */
  templates: readonly LayoutTemplateName[];
  descriptions: Partial<Record<LayoutTemplateName, string>>;
  /** Tiles of the custom template (PresetLayoutConfig ≤ 16; MixLayoutList ≤ 25). */
  maxTiles: number;
  /** The highest layer a custom tile may have (the MCU's ZOrder 0–15; MixLayout.ImageLayer has no cap below 24). */
  maxLayer: number;
  /** MixVideoUids: only the users ticked get video (MCU floating, grid and screen share). */
  templatesWithVideoUsers: readonly LayoutTemplateName[];
  /** Templates with a big picture whose user can be chosen. */
  templatesWithMainUser: readonly LayoutTemplateName[];
  /** PureAudioDisableLayout: audio-only users may be left out of the tiles (task templates). */
  hasPureAudioOption: boolean;
  /** What "the template's default" fit is, in words. */
  defaultFitLabel: string;
  /** Whether the template-wide render mode is still offered with the custom template (each tile has its own fit either way). */
  renderModeForCustom: boolean;
}

export const LAYOUT_API_RULES: Record<MixApi, LayoutApiRules> = {
  mcu: {
    templates: ["floating", "grid", "screenShare", "pictureInPicture", "custom"],
    descriptions: {
      floating: "The first to join fills the picture; up to 15 small tiles float at the bottom left.",
      grid: "Equal tiles splitting the picture, up to 16.",
      screenShare: "A big picture beside up to two columns of small tiles.",
      pictureInPicture: "One small picture over one big one; everyone else is heard only.",
      custom: "Tiles where you put them, in the editor below.",
    },
    maxTiles: 16,
    maxLayer: 15,
    templatesWithVideoUsers: ["floating", "grid", "screenShare"],
    templatesWithMainUser: ["floating", "screenShare", "pictureInPicture"],
    hasPureAudioOption: false,
    defaultFitLabel: "The template's default",
    renderModeForCustom: true,
  },
  task: {
    templates: ["floating", "screenShare", "grid", "custom"],
    descriptions: {
      floating: "MixLayoutMode 1: the big picture fills the canvas, small tiles float at the bottom.",
      screenShare: "MixLayoutMode 2: a big picture on the left (or right), small tiles beside it.",
      grid: "MixLayoutMode 3: equal tiles, up to 25.",
      custom: "MixLayoutMode 4: tiles where you put them (MixLayoutList).",
    },
    maxTiles: 25,
    maxLayer: 24,
    templatesWithVideoUsers: [],
    templatesWithMainUser: ["floating", "screenShare"],
    hasPureAudioOption: true,
    defaultFitLabel: "The template's default (crop)",
    renderModeForCustom: false,
  },
};

export const hasVideoUsers = (api: MixApi, template: LayoutTemplateName) =>
  LAYOUT_API_RULES[api].templatesWithVideoUsers.includes(template);
export const hasMainUser = (api: MixApi, template: LayoutTemplateName) =>
  LAYOUT_API_RULES[api].templatesWithMainUser.includes(template);

/** The layout as the API can draw it: a template the API lacks becomes its grid (the start form's API switch). */
export function layoutForApi<Layout extends { template: LayoutTemplateName }>(layout: Layout, api: MixApi): Layout {
  return LAYOUT_API_RULES[api].templates.includes(layout.template) ? layout : { ...layout, template: "grid" };
}
