import { msg } from "@/lib/i18n/message";
import type { TaskRenderMode } from "@shared/layouts/task-layout-types";
import type { RenderMode, TileFit } from "@shared/layouts/types";

/**
 * The editor and the forms speak of a tile's fit ("crop", "stretch", "fit"); the two APIs number
 * these differently (reference §2.1 and §2.2), so the numbers are only ever written here.
 */
export const TILE_FITS = ["crop", "stretch", "fit"] as const satisfies readonly TileFit[];

/** Catalog messages (`msg`): shown through `messageText`. */
export const FIT_LABELS: Record<TileFit, string> = {
  crop: msg("recordingTasks.fits.crop"),
  stretch: msg("recordingTasks.fits.stretch"),
  fit: msg("recordingTasks.fits.fit"),
};

/** MCU RenderMode: 0 crop, 1 scale (stretch), 2 scale with black bars. */
export const MCU_RENDER_MODE: Record<TileFit, RenderMode> = { crop: 0, stretch: 1, fit: 2 };

/** MixLayout.RenderMode / MixLayoutParams.RenderMode: 0 stretch, 1 crop, 2 scale with bars. */
export const TASK_RENDER_MODE: Record<TileFit, TaskRenderMode> = { stretch: 0, crop: 1, fit: 2 };
