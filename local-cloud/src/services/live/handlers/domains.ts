import type { DescribeLiveDomainsResponse } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_models";
import type { ActionHandler } from "../../../core/action-registry";
import { parseParams } from "../../../core/params/parse-params";
import type { LiveModels } from "../live-models";
import { describeLiveDomainsSchema } from "../schemas/domains";
import { beijingTime } from "./beijing-time";

type Response<T> = Omit<T, "RequestId">;

/** CSS allows 100 domains per account (FailedOperation.HostOutLimit). */
const MAX_DOMAINS = 100;

export const describeLiveDomains =
  ({ domains }: LiveModels): ActionHandler =>
  async (params): Promise<Response<DescribeLiveDomainsResponse>> => {
    const request = parseParams(describeLiveDomainsSchema, params);
    const all = domains.list();
    // The push domain TRTC creates is an ordinary (not delayed) live domain, so IsDelayLive 1 lists nothing.
    const matching = all.filter(
      (domain) =>
        (request.DomainType === undefined || domain.type === request.DomainType) &&
        (request.DomainStatus === undefined || domain.status === request.DomainStatus) &&
        (request.IsDelayLive ?? 0) === 0 &&
        (request.DomainPrefix === undefined || domain.name.startsWith(request.DomainPrefix)),
    );
    const size = request.PageSize ?? 10;
    const page = request.PageNum ?? 1;
    return {
      AllCount: matching.length,
      DomainList: matching.slice((page - 1) * size, page * size).map((domain) => ({
        Name: domain.name,
        Type: domain.type,
        Status: domain.status,
        CreateTime: beijingTime(domain.createdAt),
        BCName: 0,
        TargetDomain: "",
        PlayType: 1,
        IsDelayLive: 0,
        CurrentCName: "",
        RentTag: 0,
        RentExpireTime: "",
        IsMiniProgramLive: 0,
      })),
      CreateLimitCount: MAX_DOMAINS - all.length,
      // Enabled play domains by area (mainland, global, abroad): the account has none.
      PlayTypeCount: [0, 0, 0],
    };
  };
