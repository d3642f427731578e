import { randomBytes, randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { Account } from "./account/account";
import { createAccountRoute } from "./account/account-route";
import { accountMigrations } from "./account/migrations";
import { ActionRegistry } from "./core/action-registry";
import { commonErrors } from "./core/api-error";
import { errorEnvelope } from "./core/envelope";
import { createRequestGate } from "./core/gate/request-gate";
import { createApiEndpoint } from "./core/http/api-endpoint";
import { createControlPlane } from "./core/http/control-plane";
import { ensureControlSecret } from "./core/http/control-secret-file";
import { startHttpServer } from "./core/http/http-server";
import { sendJson } from "./core/http/send-json";
import { createLogger } from "./core/logger";
import { lockDataDir } from "./core/store/data-dir-lock";
import { openStore } from "./core/store/open-store";
import { Teardown } from "./core/teardown";
import { ProcessSupervisor } from "./media/ffmpeg/process-supervisor";
import { Mixer } from "./media/mixer/mixer";
import { recorderMigrations } from "./media/recorder/recorder-migrations";
import { observeRelayPolicy } from "./media/recorder/relay-observer";
import { StreamRecorder } from "./media/recorder/stream-recorder";
import { Relay } from "./media/relay/relay";
import { DEFAULT_SAMPLE_DURATION_SECONDS } from "./media/samples/sample-catalog";
import { SampleLibrary } from "./media/samples/sample-library";
import {
  DEFAULT_CONSOLE_ORIGINS,
  DEFAULT_INGEST_JOIN_TIMEOUT_MS,
  type LocalCloud,
  type LocalCloudOptions,
} from "./options";
import { AppDirectory } from "./services/trtc/models/app-directory";
import { IngestTaskStore } from "./services/trtc/models/ingest-task-store";
import { CloudRecordings } from "./services/trtc/models/cloud-recordings";
import { CloudRecordingStore } from "./services/trtc/models/cloud-recording-store";
import { CLOUD_RECORDING_OUTLET, cloudRecordingOutlet } from "./services/trtc/models/cloud-recording-outlet";
import { IngestTasks } from "./services/trtc/models/ingest-tasks";
import { McuMixes } from "./services/trtc/models/mcu-mixes";
import { McuMixStore } from "./services/trtc/models/mcu-mix-store";
import { FAILOVER_WAIT_MS, recoverLeftWork } from "./services/trtc/models/restart-recovery";
import { trtcMigrations } from "./services/trtc/models/migrations";
import { RoomHistory } from "./services/trtc/models/room-history";
import { RoomStore } from "./services/trtc/models/room-store";
import { Rooms } from "./services/trtc/models/rooms";
import { sendRoomEventCallbacks } from "./services/trtc/models/room-event-callbacks";
import { trtcRelayPolicy } from "./services/trtc/relay-bridge";
import { resetTrtc } from "./services/trtc/reset-trtc";
import { registerTrtcActions } from "./services/trtc/routes";
import { CssConfig } from "./services/css/models/css-config";
import { cssMigrations } from "./services/css/models/migrations";
import { PushDomains } from "./services/css/models/push-domains";
import { registerLiveActions } from "./services/css/routes";
import { CallbackOutbox, DEFAULT_RETRY_INTERVAL_MS } from "./callbacks/callback-outbox";
import { callbackMigrations } from "./callbacks/migrations";
import { TrtcCallbackConfig } from "./callbacks/trtc-callback-config";
import { createTrtcCallbackControl } from "./callbacks/trtc-callback-control";
import { createVodMediaRoute } from "./services/vod/media-route";
import { vodMigrations } from "./services/vod/models/migrations";
import { DEFAULT_RETENTION_SWEEP_MS, startRetentionSweeper } from "./services/vod/models/retention-sweeper";
import { VodApplications } from "./services/vod/models/vod-applications";
import { VodLibrary } from "./services/vod/models/vod-library";
import { VodUsage } from "./services/vod/models/vod-usage";
import { registerVodActions } from "./services/vod/routes";
import { registerVodEditingActions } from "./services/vod/editing-routes";
import { VodEditor } from "./services/vod/models/vod-editor";
import { VOD_API_VERSION } from "./services/vod/version";
import { LIVE_API_VERSION } from "./services/css/version";
import { TRTC_API_VERSION } from "./services/trtc/version";
import { usageMigrations } from "./usage/migrations";
import { UsageLedger } from "./usage/usage-ledger";
import { usageRecorders } from "./usage/usage-sources";
import { validateOptions } from "./validate-options";

export type { LocalCloud, LocalCloudOptions } from "./options";

type Route = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
  const consoleOrigins = options.consoleOrigins ?? DEFAULT_CONSOLE_ORIGINS;

  let isReady = false;
  let api: Route | undefined;
  let reset: (() => Promise<void>) | undefined;
  let samples: SampleLibrary | undefined;
  let baseUrl = "";
  const notReady: Route = async (_request, response) =>
    sendJson(
      response,
      200,
      errorEnvelope(
        commonErrors.internalError("The local cloud is starting or stopping; retry shortly."),
        randomUUID(),
      ),
    );
  let resetting: Promise<void> | undefined;
  let vodLibrary: VodLibrary | undefined;
  let vodUsage: VodUsage | undefined;
  let outbox: CallbackOutbox | undefined;
  let account: Account | undefined;
  let trtcCallbackConfig: TrtcCallbackConfig | undefined;

  try {
    // Before the port opens: whoever sees /_local/health answer can read the secret's file.
    const controlSecret = options.controlSecret ?? (await ensureControlSecret(dataDir));
    const http = await startHttpServer(
      host,
      options.port,
      {
        api: (request, response) => (isReady && api ? api : notReady)(request, response),
        media: createVodMediaRoute({
          library: () => vodLibrary,
          usage: () => vodUsage,
          hotlinkKey: () => account?.current().vod.hotlinkKey ?? null,
          consoleOrigins,
        }),
        controlPlane: createControlPlane({
          isReady: () => isReady,
          reset: () => {
            if (!reset) return Promise.reject(new Error("The local cloud is not ready"));
            resetting ??= reset().finally(() => (resetting = undefined));
            return resetting;
          },
          samples: () => samples,
          callbackDeliveries: async () => (outbox ? outbox.list() : []),
          account: createAccountRoute(() => account),
          trtcCallbacks: createTrtcCallbackControl({
            config: () => trtcCallbackConfig,
            isKnownApp: (sdkAppId) => account?.app(sdkAppId) !== undefined,
          }),
          baseUrl: () => baseUrl,
          controlSecret,
          consoleOrigins,
          logger,
        }),
      },
      logger,
      // Media and sample URLs name the listening host (baseUrl below), which is loopback today.
      [host],
    );
    teardown.add("HTTP server", () => http.close());
    baseUrl = `http://${host}:${http.port}`;

    const store = await openStore(path.join(dataDir, "db"), [
      ...accountMigrations,
      ...trtcMigrations,
      ...cssMigrations,
      ...vodMigrations,
      ...callbackMigrations,
      ...recorderMigrations,
      ...usageMigrations,
    ]);
    teardown.add("database", () => store.close());
    const supervisor = new ProcessSupervisor(logger);
    teardown.add("child processes", () => supervisor.stopAll());
    samples = await SampleLibrary.prepare({
      dir: path.join(dataDir, "samples"),
      ffmpegPath: options.ffmpegPath,
      ffprobePath: options.ffprobePath,
      durationSeconds: options.sampleDurationSeconds ?? DEFAULT_SAMPLE_DURATION_SECONDS,
      supervisor,
      logger,
    });

    // Everything reads the account when it decides, so PUT /_local/account applies to the next call.
    const theAccount = await Account.open(store.db, options.account, logger);
    account = theAccount;
    const pushDomain = () => theAccount.pushDomain();
    const apps = new AppDirectory(theAccount);
    // Rooms kick through the relay, and the relay reports publishes to rooms: the relay comes second.
    const relayRef: { current?: Relay } = {};
    const rooms = new Rooms({
      store: new RoomStore(store.db),
      logger,
      kickSession: (id) => void relayRef.current?.kick(id),
    });
    await rooms.closeLeftovers();
    // The recorder hears of publishes too (it is built further down, once VOD and callbacks exist).
    const recorderRef: { current?: StreamRecorder } = {};
    // Only this process's mixer may publish mixes into the relay (mix-publish.ts).
    const mixToken = randomBytes(16).toString("hex");
    const relay = await Relay.start({
      host,
      port: options.rtmpPort,
      dataDir,
      logger,
      policy: observeRelayPolicy(trtcRelayPolicy(rooms, apps, logger, mixToken), [
        {
          onPublishStarted: (publish) => recorderRef.current?.onPublishStarted(publish),
          onPublishEnded: (sessionId) => recorderRef.current?.onPublishEnded(sessionId),
        },
      ]),
    });
    relayRef.current = relay;
    const relayPort = relay.port;
    teardown.add("relay", async () => {
      await relay.close();
      await rooms.leaveAll();
    });

    const ingestStore = new IngestTaskStore(store.db);
    const ingests = new IngestTasks({
      store: ingestStore,
      rooms,
      apps,
      supervisor,
      ffmpegPath: options.ffmpegPath,
      ffprobePath: options.ffprobePath,
      relayHost: host,
      relayPort,
      joinTimeoutMs: options.ingestJoinTimeoutMs ?? DEFAULT_INGEST_JOIN_TIMEOUT_MS,
      logger,
    });
    teardown.add("ingest tasks", () => ingests.shutdown());
    const mixer = new Mixer({
      rooms,
      relay,
      supervisor,
      ffmpegPath: options.ffmpegPath,
      relayBaseUrl: () => `rtmp://${host}:${relayPort}`,
      mixToken,
      expectReturn: (streamKey) => recorderRef.current?.expectReturn(streamKey),
      withdrawReturn: (streamKey) => recorderRef.current?.withdrawReturn(streamKey),
      logger,
    });
    teardown.add("mixer", () => mixer.close());
    const usage = new UsageLedger(store.db);
    const usageFrom = usageRecorders(usage, logger);
    usageFrom.watchMixer(mixer);
    const mcuMixes = new McuMixes({
      rooms,
      mixer,
      store: new McuMixStore(store.db),
      resumeWaitMs: FAILOVER_WAIT_MS,
      logger,
    });
    const css = new CssConfig(store.db);
    const callbacks = new CallbackOutbox({
      db: store.db,
      logger,
      retryIntervalMs: options.callbackRetryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS,
      trtc: { retryIntervalMs: options.trtcCallbackRetryIntervalMs, maxAgeMs: options.trtcCallbackMaxAgeMs },
    });
    outbox = callbacks;
    const trtcCallbacks = new TrtcCallbackConfig(store.db);
    trtcCallbackConfig = trtcCallbacks;
    const roomEvents = sendRoomEventCallbacks({
      rooms,
      config: trtcCallbacks,
      callbacks,
      mediaOf: (room, stream) => relay.whenStreamInfo(`/trtc_${room.sdkAppId}/${stream.streamId}`, 2_000),
      logger,
    });
    const cloudRecordings = new CloudRecordings({
      store: new CloudRecordingStore(store.db),
      appOf: (sdkAppId) => theAccount.app(sdkAppId),
      rooms,
      mixer,
      recorder: () => recorderRef.current,
      recordingCallbackOf: (sdkAppId) => trtcCallbacks.targetFor(sdkAppId, "recording"),
      callbacks,
      logger,
      ...(options.cloudRecordingTaskLimit ? { maxConcurrentTasksPerApp: options.cloudRecordingTaskLimit } : {}),
    });
    // Runs before the ingests and the relay stop: rooms emptying then must not end tasks or mixes.
    teardown.add("cloud-recording tasks and mixes", () => {
      cloudRecordings.shutdown();
      mcuMixes.shutdown();
    });

    const models = { apps, rooms, history: new RoomHistory(store.db), ingests, mcuMixes, cloudRecordings, usage };
    const registry = new ActionRegistry();
    registerTrtcActions(registry, models);
    registerLiveActions(registry, { css, domains: new PushDomains(theAccount) });
    const vod = new VodLibrary({
      db: store.db,
      dataDir,
      baseUrl: () => baseUrl,
      supervisor,
      ffprobePath: options.ffprobePath,
      logger,
      defaultSubAppId: () => theAccount.current().vod.defaultSubAppId,
    });
    vodLibrary = vod;
    vodUsage = new VodUsage(store.db);
    registerVodActions(registry, {
      library: vod,
      applications: new VodApplications(theAccount, vod),
      usage: vodUsage,
      baseUrl: () => baseUrl,
    });
    const vodEditor = new VodEditor({
      db: store.db,
      dataDir,
      baseUrl: () => baseUrl,
      supervisor,
      ffmpegPath: options.ffmpegPath,
      ffprobePath: options.ffprobePath,
      logger,
    });
    await vodEditor.recover();
    registerVodEditingActions(registry, {
      library: vod,
      applications: new VodApplications(theAccount, vod),
      usage: vodUsage,
      baseUrl: () => baseUrl,
      editor: vodEditor,
    });
    const retention = startRetentionSweeper(
      vod,
      options.retentionSweepIntervalMs ?? DEFAULT_RETENTION_SWEEP_MS,
      logger,
    );
    teardown.add("VOD retention sweeper", () => retention.stop());
    callbacks.start();
    teardown.add("callback outbox", () => callbacks.stop());
    const recorder = new StreamRecorder({
      db: store.db,
      dataDir,
      supervisor,
      ffmpegPath: options.ffmpegPath,
      relayBaseUrl: () => `rtmp://${host}:${relayPort}`,
      dropPlayers: (streamPath) => relay.dropPlayers(streamPath),
      config: css,
      pushDomain,
      media: vod,
      callbacks,
      logger,
      outlets: {
        [CLOUD_RECORDING_OUTLET]: cloudRecordingOutlet({
          recordingCallbackOf: (sdkAppId) => trtcCallbacks.targetFor(sdkAppId, "recording"),
          callbacks,
          onFile: usageFrom.taskFile,
        }),
      },
      onCssFile: usageFrom.cssFile,
    });
    recorderRef.current = recorder;
    // Runs before the relay, VOD and callbacks stop: ends the recorder ffmpegs, leaving their files for the next start.
    teardown.add("recorder", () => recorder.close());
    const credentials = new Map(options.credentials.map((credential) => [credential.secretId, credential.secretKey]));
    const gate = createRequestGate({
      account: () => theAccount.current(),
      serviceOfVersion: { [TRTC_API_VERSION]: "trtc", [VOD_API_VERSION]: "vod", [LIVE_API_VERSION]: "live" },
      ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    });
    api = createApiEndpoint({ registry, lookupSecretKey: (secretId) => credentials.get(secretId), logger, gate });
    reset = async () => {
      await resetTrtc(models, ingestStore);
      await roomEvents.whenQueued();
      await css.reset();
      await vod.reset();
      await vodEditor.reset();
      await callbacks.reset();
      await usage.reset();
    };
    teardown.add("readiness", () => {
      isReady = false;
    });
    // Before the API answers: a task the previous run left is known (resumed or ending) from the first call.
    await recoverLeftWork({ cloudRecordings, mcuMixes, recorder }).catch((error: unknown) =>
      logger.error(`resuming tasks and mixes, or finalizing interrupted recordings, failed: ${describeError(error)}`),
    );
    isReady = true;
    void ingests
      .resumeAll()
      .catch((error: unknown) => logger.error(`resuming ingest tasks failed: ${describeError(error)}`));

    return {
      url: baseUrl,
      port: http.port,
      rtmpPort: relayPort,
      mediaSink: vod,
      callbackSink: callbacks,
      controlSecret,
      close: () => teardown.run(),
    };
  } catch (error) {
    await teardown.run();
    throw error;
  }
}
