import "server-only";
import { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import { Client as TrtcClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/trtc/v20190722/trtc_client";
import { Client as VodClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/vod/v20180717/vod_client";
import type { ClientConfig } from "tencentcloud-sdk-nodejs/tencentcloud/common/interface";
import { env, type CloudConfig } from "@/lib/env";

export type { LiveClient, TrtcClient, VodClient };

export interface CloudClients {
  trtc: TrtcClient;
  vod: VodClient;
  live: LiveClient;
}

/** Seconds; Tencent's recording APIs time out at 6 s, so waiting a minute (the default) only hides a dead endpoint. */
const REQUEST_TIMEOUT_SECONDS = 15;

function clientConfig(cloud: CloudConfig): ClientConfig {
  return {
    credential: { secretId: cloud.secretId, secretKey: cloud.secretKey },
    region: cloud.region,
    profile: {
      language: "en-US",
      httpProfile: {
        reqTimeout: REQUEST_TIMEOUT_SECONDS,
        // Unset endpoint = each client's own *.tencentcloudapi.com host; set = one base URL for all.
        ...(cloud.endpoint ? { endpoint: cloud.endpoint, protocol: cloud.protocol } : {}),
      },
    },
  };
}

/** Builds the three SDK clients from a cloud configuration (tests pass their own). */
export function createCloudClients(cloud: CloudConfig): CloudClients {
  const config = clientConfig(cloud);
  return { trtc: new TrtcClient(config), vod: new VodClient(config), live: new LiveClient(config) };
}

let shared: CloudClients | undefined;

/**
 * The process-wide SDK clients, configured from env. Only lib/cloud's operations
 * (lib/cloud/<service>/<operation>.ts) call them: the rest of the console calls those.
 */
export function cloudClients(): CloudClients {
  shared ??= createCloudClients(env.cloud);
  return shared;
}
