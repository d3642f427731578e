import type { PGlite } from "@electric-sql/pglite";
import type { Account } from "../../account/account";
import type { Logger } from "../../core/logger";
import { startWithTeardown, type Service, type ServiceDefinition } from "../../core/service";
import type { ProcessSupervisor } from "../../media/ffmpeg/process-supervisor";
import { registerVodEditingActions } from "./editing-routes";
import { vodMigrations } from "./models/migrations";
import { DEFAULT_RETENTION_SWEEP_MS, startRetentionSweeper } from "./models/retention-sweeper";
import { VodApplications } from "./models/vod-applications";
import { VodEditor } from "./models/vod-editor";
import { VodLibrary } from "./models/vod-library";
import { VodUsage } from "./models/vod-usage";
import { registerVodActions } from "./routes";

export interface VodServiceDeps {
  db: PGlite;
  dataDir: string;
  /** The HTTP server's URL: media URLs name it. */
  baseUrl: () => string;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  ffprobePath: string;
  account: Account;
  retentionSweepIntervalMs?: number;
  logger: Logger;
}

export interface VodService extends Service {
  /** Where recordings land (the recorder's media sink) and what `/vod/*` serves. */
  library: VodLibrary;
  usage: VodUsage;
}

function startVodService(deps: VodServiceDeps): Promise<VodService> {
  const { db, dataDir, baseUrl, supervisor, ffprobePath, logger, account } = deps;
  return startWithTeardown(logger, async (teardown) => {
    const library = new VodLibrary({
      db,
      dataDir,
      baseUrl,
      supervisor,
      ffprobePath,
      logger,
      defaultSubAppId: () => account.current().vod.defaultSubAppId,
    });
    const usage = new VodUsage(db);
    const editor = new VodEditor({
      db,
      dataDir,
      baseUrl,
      supervisor,
      ffmpegPath: deps.ffmpegPath,
      ffprobePath,
      logger,
    });
    await editor.recover();
    const retention = startRetentionSweeper(
      library,
      deps.retentionSweepIntervalMs ?? DEFAULT_RETENTION_SWEEP_MS,
      logger,
    );
    teardown.add("VOD retention sweeper", () => retention.stop());
    return {
      name: "vod",
      library,
      usage,
      registerActions: (registry) => {
        registerVodActions(registry, { library, applications: new VodApplications(account, library), usage, baseUrl });
        registerVodEditingActions(registry, {
          library,
          applications: new VodApplications(account, library),
          usage,
          baseUrl,
          editor,
        });
      },
      reset: async () => {
        await library.reset();
        await editor.reset();
      },
    };
  });
}

/** VOD: the media library recordings land in, its editing tasks and usage. */
export const vodService: ServiceDefinition<VodServiceDeps, VodService> = {
  name: "vod",
  migrations: vodMigrations,
  start: startVodService,
};
