/** The path TRTC posts every event group to: room and media (1, 2) and cloud recording (3). */
export const TRTC_CALLBACK_PATH = "/api/callbacks/trtc";

/** The URLs to give TRTC's console (Callback configuration), absolute from the console's public origin. */
export interface TrtcCallbackUrls {
  roomAndMedia: string;
  recording: string;
}

/**
 * Both of TRTC's callback URLs are this console's one receiver: the body's EventGroupId tells the
 * groups apart, and one key per app verifies them all.
 */
export function trtcCallbackUrls(origin: string): TrtcCallbackUrls {
  const url = `${origin.replace(/\/+$/, "")}${TRTC_CALLBACK_PATH}`;
  return { roomAndMedia: url, recording: url };
}
