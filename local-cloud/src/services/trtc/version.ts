/** `X-TC-Version` of the TRTC client (reference §1.1). */
export const TRTC_API_VERSION = "2019-07-22";
