/** The VOD API version the SDK's vod client sends in X-TC-Version. */
export const VOD_API_VERSION = "2018-07-17";
