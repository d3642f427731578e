/** The Tencent Cloud products the console calls, as CAM names them (`trtc:CreateCloudRecording`). */
export type CloudService = "trtc" | "vod" | "live";

/** One SDK action, named as CAM names it: errors and logs say which call failed. */
export type CloudAction = `${CloudService}:${string}`;

/** How the console names each product to a person. */
export const SERVICE_NAMES: Record<CloudService, string> = {
  trtc: "TRTC",
  vod: "VOD (Video on Demand)",
  live: "CSS (Cloud Streaming Services)",
};

export const serviceOf = (action: CloudAction): CloudService => action.slice(0, action.indexOf(":")) as CloudService;

/** The action without its service, as the SDK method is called. */
export const actionName = (action: CloudAction): string => action.slice(action.indexOf(":") + 1);

/** Reads change nothing: Tencent names them Describe… or Search…, and CAM's read-only policies allow them. */
export const isReadAction = (action: CloudAction): boolean => /^(Describe|Search)/.test(actionName(action));
