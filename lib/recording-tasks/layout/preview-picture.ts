import { computeTaskPicture } from "@shared/layouts/compute-task-layout";
import { computeMcuPicture } from "@shared/layouts/compute-layout";
import type { MixInput, MixPicture } from "@shared/layouts/types";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { Subscription } from "@/lib/schemas/task";
import type { Canvas } from "./editor-operations";
import type { MixApi } from "./layout-apis";
import { toMcuLayoutRequest } from "./mcu-preview-request";
import { subscribedInputs, toTaskLayoutRequest } from "./task-preview-request";

/**
 * The picture a layout makes of the room's inputs, drawn by the same geometry the local cloud's
 * mixer runs for that API, so the preview shows what the recording will. A task sees only the
 * users its subscription admits.
 */
export function previewPicture(
  api: MixApi,
  layout: RecordingLayout,
  canvas: Canvas,
  inputs: MixInput[],
  subscription: Subscription | null,
): MixPicture {
  if (api === "mcu") return computeMcuPicture(inputs, toMcuLayoutRequest(layout, canvas));
  const seen = subscription ? subscribedInputs(inputs, subscription) : inputs;
  return computeTaskPicture(seen, toTaskLayoutRequest(layout, canvas));
}
