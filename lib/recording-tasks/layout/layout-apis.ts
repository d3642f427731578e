/**
 * The two TRTC APIs that mix a room into one picture, and what each allows of the one layout the
 * console edits (reference §2.1 StartMCUMixTranscode's LayoutParams, §2.2 CreateCloudRecording's
 * MixLayoutParams). The editor, the schemas' checks and the wire adapters all read these rules,
 * so a difference between the APIs is written here once. No zod: client components import it.
 */
import { msg } from "@/lib/i18n/message";

export const LAYOUT_TEMPLATE_NAMES = ["floating", "grid", "screenShare", "pictureInPicture", "custom"] as const;
export type LayoutTemplateName = (typeof LAYOUT_TEMPLATE_NAMES)[number];

/** Catalog messages (`msg`), as are the rules' descriptions and fit label: shown through `messageText`. */
export const LAYOUT_TEMPLATE_LABELS: Record<LayoutTemplateName, string> = {
  floating: msg("recordingTasks.templates.floating"),
  grid: msg("recordingTasks.templates.grid"),
  screenShare: msg("recordingTasks.templates.screenShare"),
  pictureInPicture: msg("recordingTasks.templates.pictureInPicture"),
  custom: msg("recordingTasks.templates.custom"),
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
      floating: msg("recordingTasks.templateDescriptions.mcu.floating"),
      grid: msg("recordingTasks.templateDescriptions.mcu.grid"),
      screenShare: msg("recordingTasks.templateDescriptions.mcu.screenShare"),
      pictureInPicture: msg("recordingTasks.templateDescriptions.mcu.pictureInPicture"),
      custom: msg("recordingTasks.templateDescriptions.mcu.custom"),
    },
    maxTiles: 16,
    maxLayer: 15,
    templatesWithVideoUsers: ["floating", "grid", "screenShare"],
    templatesWithMainUser: ["floating", "screenShare", "pictureInPicture"],
    hasPureAudioOption: false,
    defaultFitLabel: msg("recordingTasks.defaultFit.mcu"),
    renderModeForCustom: true,
  },
  task: {
    templates: ["floating", "screenShare", "grid", "custom"],
    descriptions: {
      floating: msg("recordingTasks.templateDescriptions.task.floating"),
      screenShare: msg("recordingTasks.templateDescriptions.task.screenShare"),
      grid: msg("recordingTasks.templateDescriptions.task.grid"),
      custom: msg("recordingTasks.templateDescriptions.task.custom"),
    },
    maxTiles: 25,
    maxLayer: 24,
    templatesWithVideoUsers: [],
    templatesWithMainUser: ["floating", "screenShare"],
    hasPureAudioOption: true,
    defaultFitLabel: msg("recordingTasks.defaultFit.task"),
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
