import type { SubAppIdInfo } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_models";

/** A VOD application (sub-application) of the account, as the console shows and picks it. */
export interface VodApplication {
  id: number;
  name: string;
  /** `On`, `Off`, `Destroying` or `Destroyed`. */
  status: string;
  /** ISO 8601, or "" when VOD did not say. */
  createdAt: string;
}

export function toVodApplication(info: SubAppIdInfo): VodApplication | null {
  if (info.SubAppId === undefined) return null;
  return {
    id: info.SubAppId,
    name: info.SubAppIdName || info.Name || String(info.SubAppId),
    status: info.Status ?? "On",
    createdAt: info.CreateTime ?? "",
  };
}

const isUsable = (app: VodApplication) => app.status !== "Destroying" && app.status !== "Destroyed";

/**
 * The account's default VOD application in a DescribeSubAppIds answer. VOD marks it with no field
 * of its own: it is the application VOD creates when the service is activated (doc 851/39050, 1:
 * "开通云点播服务后，直接生成1个默认应用"), so the oldest one; it cannot be disabled or destroyed.
 * Ties go to the smaller id. Null when the account lists none.
 */
export function pickDefaultApplication(apps: readonly VodApplication[]): VodApplication | null {
  const usable = apps.filter(isUsable);
  const byAge = [...usable].sort((a, b) => {
    const age = (Date.parse(a.createdAt) || Infinity) - (Date.parse(b.createdAt) || Infinity);
    return Number.isNaN(age) || age === 0 ? a.id - b.id : age;
  });
  return byAge[0] ?? null;
}
