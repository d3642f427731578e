import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { Account } from "../account/account";
import { CallbackOutbox, DEFAULT_RETRY_INTERVAL_MS } from "../callbacks/callback-outbox";
import { TrtcCallbackConfig } from "../callbacks/trtc-callback-config";
import type { Logger } from "../core/logger";
import { openStore, type Migration } from "../core/store/open-store";
import type { Teardown } from "../core/teardown";
import { ProcessSupervisor } from "../media/ffmpeg/process-supervisor";
import { DEFAULT_SAMPLE_DURATION_SECONDS } from "../media/samples/sample-catalog";
import { SampleLibrary } from "../media/samples/sample-library";
import type { LocalCloudOptions } from "../options";
import { UsageLedger } from "../usage/usage-ledger";
import { usageRecorders } from "../usage/usage-sources";

/** What every service may use: built before any of them, stopped after all of them. */
export interface Infrastructure {
  db: PGlite;
  supervisor: ProcessSupervisor;
  samples: SampleLibrary;
  /** Everything reads the account when it decides, so PUT /_local/account applies to the next call. */
  account: Account;
  usage: UsageLedger;
  usageFrom: ReturnType<typeof usageRecorders>;
  /** Built here, delivering only once `start()` is called (server.ts: after the services that fill it). */
  callbacks: CallbackOutbox;
  callbackConfig: TrtcCallbackConfig;
}

/** Opens the store with every migration, then the ffmpeg supervisor, the sample clips and the account. */
export async function startInfrastructure(
  options: LocalCloudOptions,
  dataDir: string,
  migrations: readonly Migration[],
  teardown: Teardown,
  logger: Logger,
): Promise<Infrastructure> {
  const store = await openStore(path.join(dataDir, "db"), migrations);
  teardown.add("database", () => store.close());
  const supervisor = new ProcessSupervisor(logger);
  teardown.add("child processes", () => supervisor.stopAll());
  const samples = await SampleLibrary.prepare({
    dir: path.join(dataDir, "samples"),
    ffmpegPath: options.ffmpegPath,
    ffprobePath: options.ffprobePath,
    durationSeconds: options.sampleDurationSeconds ?? DEFAULT_SAMPLE_DURATION_SECONDS,
    supervisor,
    logger,
  });
  const account = await Account.open(store.db, options.account, logger);
  const usage = new UsageLedger(store.db);
  const callbacks = new CallbackOutbox({
    db: store.db,
    logger,
    retryIntervalMs: options.callbackRetryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS,
    trtc: { retryIntervalMs: options.trtcCallbackRetryIntervalMs, maxAgeMs: options.trtcCallbackMaxAgeMs },
  });
  return {
    db: store.db,
    supervisor,
    samples,
    account,
    usage,
    usageFrom: usageRecorders(usage, logger),
    callbacks,
    callbackConfig: new TrtcCallbackConfig(store.db),
  };
}
