/** The CSS (live) API version the SDK's live client sends in X-TC-Version. */
export const LIVE_API_VERSION = "2018-08-01";
