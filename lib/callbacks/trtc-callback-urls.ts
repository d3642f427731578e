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

/** Where CSS posts the legacy recording callbacks (events 100 and 332): the console's own receiver. */
export const RECORDING_CALLBACK_PATH = "/api/callbacks/recording";

/** The console's recording-callback receiver, absolute from its public origin. */
export function recordingCallbackUrl(origin: string): string {
  return `${origin.replace(/\/+$/, "")}${RECORDING_CALLBACK_PATH}`;
}
