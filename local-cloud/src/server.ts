import { mkdir } from "node:fs/promises";
import path from "node:path";
import { accountMigrations } from "./account/migrations";
import { callbackMigrations } from "./callbacks/migrations";
import { testCallbackService } from "./callbacks/test-delivery/deliver-test-callback";
import { createApi } from "./composition/create-api";
import { createHttpRoutes, type Served } from "./composition/http-routes";
import { startInfrastructure, type Infrastructure } from "./composition/infrastructure";
import { startRecorder } from "./composition/start-recorder";
import { ensureControlSecret } from "./core/http/control-secret-file";
import { startHttpServer } from "./core/http/http-server";
import { createLogger, type Logger } from "./core/logger";
import type { Service } from "./core/service";
import { lockDataDir } from "./core/store/data-dir-lock";
import { Teardown } from "./core/teardown";
import { recorderMigrations } from "./media/recorder/recorder-migrations";
import type { StreamRecorder } from "./media/recorder/stream-recorder";
import { DEFAULT_CONSOLE_ORIGINS, type LocalCloud, type LocalCloudOptions } from "./options";
import { liveService } from "./services/live/live-service";
import { trtcService, type TrtcService } from "./services/trtc/trtc-service";
import { vodService, type VodService } from "./services/vod/vod-service";
import { usageMigrations } from "./usage/migrations";
import { validateOptions } from "./validate-options";

export type { LocalCloud, LocalCloudOptions } from "./options";

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every table, in the order a new data directory gets them. */
const MIGRATIONS = [
  ...accountMigrations,
  ...trtcService.migrations,
  ...liveService.migrations,
  ...vodService.migrations,
  ...callbackMigrations,
  ...recorderMigrations,
  ...usageMigrations,
];

/** What every part is built with: where it runs and where it logs. */
interface Base {
  host: string;
  dataDir: string;
  /** The HTTP server's URL, known once it listens. */
  baseUrl: () => string;
  logger: Logger;
}

interface Started {
  trtc: TrtcService;
  vod: VodService;
  recorder: StreamRecorder;
  services: readonly Service[];
}

/**
 * The services, each before whatever needs it, each one's close registered as it starts: teardown runs them in
 * reverse (recorder, callbacks, VOD, TRTC), so nothing stops while something still feeds it. The one cycle is
 * the recorder's: TRTC's relay and mixer tell it of publishes and mixes, yet it records from that relay, so TRTC
 * is built first and reaches the recorder through the late-bound `recorderPort` (undefined until then).
 */
async function startServices(
  options: LocalCloudOptions,
  infra: Infrastructure,
  base: Base,
  teardown: Teardown,
): Promise<Started> {
  const { db, account, callbacks } = infra;
  const common = { ...base, supervisor: infra.supervisor, ffmpegPath: options.ffmpegPath, db };
  const live = await liveService.start({ db, account });
  teardown.add("live", () => live.close());
  const recorderPort: { current?: StreamRecorder } = {};
  const trtc = await trtcService.start({
    ...infra,
    ...common,
    ffprobePath: options.ffprobePath,
    rtmpPort: options.rtmpPort,
    recorder: () => recorderPort.current,
    ingestJoinTimeoutMs: options.ingestJoinTimeoutMs,
    cloudRecordingTaskLimit: options.cloudRecordingTaskLimit,
  });
  teardown.add("trtc", () => trtc.close());
  const vod = await vodService.start({
    ...common,
    account,
    ffprobePath: options.ffprobePath,
    retentionSweepIntervalMs: options.retentionSweepIntervalMs,
  });
  teardown.add("vod", () => vod.close());
  callbacks.start();
  teardown.add("callback outbox", () => callbacks.stop());
  const recorder = startRecorder(
    {
      ...common,
      relay: trtc.relay,
      config: live.config,
      pushDomain: () => account.pushDomain(),
      media: vod.library,
      callbacks,
      callbackConfig: infra.callbackConfig,
      usageFrom: infra.usageFrom,
    },
    teardown,
  );
  recorderPort.current = recorder;
  // Local-only (Tencent has none): sends a test callback to the receiver the cloud holds for an app.
  const testCallbacks = testCallbackService({ account, css: live.config, trtc: infra.callbackConfig });
  // Also the reset order: TRTC's reset ends recordings and rooms before live's rules and VOD's media go.
  return { trtc, vod, recorder, services: [trtc, live, vod, testCallbacks] };
}

/** POST /_local/reset: TRTC first (its room events reach the outbox), then live and VOD, then what they filled. */
const resetAll = (infra: Infrastructure, services: readonly Service[]) => async () => {
  for (const service of services) await service.reset();
  await infra.callbacks.reset();
  await infra.usage.reset();
};

/**
 * Starts the local cloud: the Tencent API endpoint and control plane on one HTTP port, the RTMP
 * relay, the PGlite state and the sample clips. Resolves once it accepts work, which is also when
 * `/_local/health` starts answering 200.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  validateOptions(options);
  const host = options.host ?? "127.0.0.1";
  const logger = createLogger(options.logLevel ?? "info");
  // Absolute from here on: ffmpeg reads paths in its list files relative to the list, not to us.
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const lock = lockDataDir(dataDir);
  const teardown = new Teardown((label, error) => logger.error(`stopping ${label} failed: ${describeError(error)}`));
  teardown.add("data directory lock", () => lock.release());
  const served: Served = { isReady: false, baseUrl: "" };
  try {
    // Before the port opens: whoever sees /_local/health answer can read the secret's file.
    const controlSecret = options.controlSecret ?? (await ensureControlSecret(dataDir));
    const consoleOrigins = options.consoleOrigins ?? DEFAULT_CONSOLE_ORIGINS;
    const routes = createHttpRoutes(served, { controlSecret, consoleOrigins, logger });
    // Media and sample URLs name the listening host (baseUrl), which is loopback today.
    const http = await startHttpServer(host, options.port, routes, logger, [host]);
    teardown.add("HTTP server", () => http.close());
    served.baseUrl = `http://${host}:${http.port}`;

    const infra = await startInfrastructure(options, dataDir, MIGRATIONS, teardown, logger);
    served.infra = infra;
    const base = { host, dataDir, baseUrl: () => served.baseUrl, logger };
    const { trtc, vod, recorder, services } = await startServices(options, infra, base, teardown);
    served.vod = vod;
    served.api = createApi(options, infra, services, logger);
    served.reset = resetAll(infra, services);
    teardown.add("readiness", () => {
      served.isReady = false;
    });
    // Before the API answers: a task the previous run left is known (resumed or ending) from the first call.
    await trtc
      .recoverLeftWork(recorder)
      .catch((error: unknown) =>
        logger.error(`resuming tasks and mixes, or finalizing interrupted recordings, failed: ${describeError(error)}`),
      );
    served.isReady = true;
    void trtc
      .resumeIngests()
      .catch((error: unknown) => logger.error(`resuming ingest tasks failed: ${describeError(error)}`));

    return {
      url: served.baseUrl,
      port: http.port,
      rtmpPort: trtc.relay.port,
      mediaSink: vod.library,
      callbackSink: infra.callbacks,
      controlSecret,
      close: () => teardown.run(),
    };
  } catch (error) {
    await teardown.run();
    throw error;
  }
}
