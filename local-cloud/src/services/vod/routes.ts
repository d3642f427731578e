import type { ActionHandler, ActionRegistry } from "../../core/action-registry";
import {
  createSubAppId,
  deleteMedia,
  describeMediaInfos,
  describeStorageData,
  describeSubAppIds,
  modifyMediaInfo,
  searchMedia,
  type VodModels,
} from "./handlers/media";
import { describeCdnUsageData, describeStorageDetails } from "./handlers/usage";
import { VOD_API_VERSION } from "./version";

/** The VOD actions the local cloud implements: the media library of recordings. */
const VOD_ACTIONS: Record<string, (models: VodModels) => ActionHandler> = {
  SearchMedia: searchMedia,
  DescribeMediaInfos: describeMediaInfos,
  DeleteMedia: deleteMedia,
  ModifyMediaInfo: modifyMediaInfo,
  DescribeSubAppIds: describeSubAppIds,
  CreateSubAppId: createSubAppId,
  DescribeStorageData: describeStorageData,
  DescribeStorageDetails: describeStorageDetails,
  DescribeCDNUsageData: describeCdnUsageData,
};

export function registerVodActions(registry: ActionRegistry, models: VodModels): void {
  for (const [action, handler] of Object.entries(VOD_ACTIONS))
    registry.register(VOD_API_VERSION, action, handler(models));
}
