/** Human names of the callback events the receiver knows (reference §4.3, §4.4, §8; trtc.io 39558). */
export const CALLBACK_EVENT_NAMES: Record<number, string> = {
  100: "Recording file",
  332: "Recording status",
  101: "Room created",
  102: "Room dismissed",
  103: "User entered",
  104: "User left",
  105: "Role changed",
  201: "Video started",
  202: "Video stopped",
  203: "Audio started",
  204: "Audio stopped",
  205: "Sub-stream started",
  206: "Sub-stream stopped",
  301: "Recorder started",
  302: "Recorder stopped",
  303: "Upload started",
  304: "File info",
  305: "Upload stopped",
  306: "Failover",
  307: "First slice",
  309: "Image download error",
  310: "MP4 stopped",
  311: "VOD commit",
  312: "VOD stopped",
};

export function callbackEventName(eventType: number | null): string {
  if (eventType === null) return "Unknown event";
  return CALLBACK_EVENT_NAMES[eventType] ?? `Event ${eventType}`;
}
