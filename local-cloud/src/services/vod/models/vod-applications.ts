import type { Account } from "../../../account/account";
import { vodErrors } from "../errors";
import type { SubApp, VodLibrary } from "./vod-library";

/** The default application's name as the local cloud lists it (UNCONFIRMED: COVERAGE.md). */
export const DEFAULT_APPLICATION_NAME = "默认应用";

/**
 * The account's VOD applications: the default one (`vod.defaultSubAppId`, the library's main
 * partition, where recordings without a VodSubAppId land) and the created ones. Every action that
 * reaches an application's resources names it here; an account opened on or after 2023-12-25
 * (`vod.requiresSubAppId`) must send SubAppId on each such call, the default application's included.
 */
export class VodApplications {
  constructor(
    private readonly account: Account,
    private readonly library: VodLibrary,
  ) {}

  /** The library partition a call's SubAppId names: undefined for the default application. */
  async partitionOf(subAppId: number | undefined): Promise<number | undefined> {
    const { requiresSubAppId, defaultSubAppId } = this.account.current().vod;
    if (subAppId === undefined || subAppId === 0) {
      if (requiresSubAppId) throw vodErrors.subAppIdRequired(defaultSubAppId);
      return undefined;
    }
    if (subAppId === defaultSubAppId) return undefined;
    await this.library.assertPartition(subAppId);
    return subAppId;
  }

  /** The default application first, then the created ones (DescribeSubAppIds). */
  async list(): Promise<SubApp[]> {
    const { defaultSubAppId } = this.account.current().vod;
    const created = (await this.library.subApps()).filter((app) => app.id !== defaultSubAppId);
    return [
      { id: defaultSubAppId, name: DEFAULT_APPLICATION_NAME, description: "", createdAt: this.account.createdAt },
      ...created,
    ];
  }

  /** A new application; its id is never the default application's. */
  async create(name: string, description: string): Promise<number> {
    return this.library.createSubApp(name, description, this.account.current().vod.defaultSubAppId);
  }
}
