/** The MCU mix templates (StartMCUMixTranscode), as the console names and shows them. */
export const MCU_TEMPLATES = ["floating", "grid", "screenShare", "pictureInPicture", "custom"] as const;
export type McuTemplateName = (typeof MCU_TEMPLATES)[number];
export const MCU_TEMPLATE_LABELS: Record<McuTemplateName, string> = {
  floating: "Floating",
  grid: "Grid",
  screenShare: "Screen share",
  pictureInPicture: "Picture-in-picture",
  custom: "Custom",
};

/** The layouts of a cloud-recording task (CreateCloudRecording MixLayoutMode), as the console shows them. */
export const TASK_LAYOUT_MODE_NAMES = ["floating", "screenShare", "grid", "custom"] as const;
export type TaskLayoutModeName = (typeof TASK_LAYOUT_MODE_NAMES)[number];
export const TASK_LAYOUT_MODE_LABELS: Record<TaskLayoutModeName, string> = {
  floating: "Floating",
  screenShare: "Screen share",
  grid: "Grid",
  custom: "Custom",
};
