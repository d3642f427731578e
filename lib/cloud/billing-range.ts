/** A range of billing days, YYYY-MM-DD in UTC+8 (Tencent bills by Beijing days). */
export interface BillingRange {
  from: string;
  to: string;
}

/** TRTC's usage APIs take the billing days themselves. */
export const trtcDays = (sdkAppId: number, range: BillingRange) => ({
  StartTime: range.from,
  EndTime: range.to,
  SdkAppId: sdkAppId,
});

/** VOD's take ISO instants: the days spelled out in UTC+8. */
export const vodWindow = (range: BillingRange) => ({
  StartTime: `${range.from}T00:00:00+08:00`,
  EndTime: `${range.to}T23:59:59+08:00`,
});
