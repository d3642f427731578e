import type { RecordingLayout } from "@/lib/schemas/recording-layout";

/** A new recording's layout: a grid of everyone on black, whichever API draws it. */
export const defaultRecordingLayout = (): RecordingLayout => ({
  template: "grid",
  mainUserId: "",
  mainStreamType: 0,
  mainRightAlign: false,
  mixVideoUserIds: [],
  renderMode: "default",
  backgroundColor: "#000000",
  small: null,
  pureAudioDisableLayout: false,
  slots: [],
});
