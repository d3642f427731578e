import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type { Account } from "../../account/account";
import type { CallbackOutbox } from "../../callbacks/callback-outbox";
import type { TrtcCallbackConfig } from "../../callbacks/trtc-callback-config";
import type { Logger } from "../../core/logger";
import { startWithTeardown, type Service, type ServiceDefinition } from "../../core/service";
import type { Teardown } from "../../core/teardown";
import type { ProcessSupervisor } from "../../media/ffmpeg/process-supervisor";
import { Mixer } from "../../media/mixer/mixer";
import { observeRelayPolicy } from "../../media/recorder/relay-observer";
import type { StreamRecorder } from "../../media/recorder/stream-recorder";
import { Relay } from "../../media/relay/relay";
import { DEFAULT_INGEST_JOIN_TIMEOUT_MS } from "../../options";
import type { UsageLedger } from "../../usage/usage-ledger";
import type { usageRecorders } from "../../usage/usage-sources";
import { AppDirectory } from "./models/app-directory";
import { CloudRecordingStore } from "./models/cloud-recording-store";
import { CloudRecordings } from "./models/cloud-recordings";
import { IngestTaskStore } from "./models/ingest-task-store";
import { IngestTasks } from "./models/ingest-tasks";
import { McuMixStore } from "./models/mcu-mix-store";
import { McuMixes } from "./models/mcu-mixes";
import { trtcMigrations } from "./models/migrations";
import { FAILOVER_WAIT_MS, recoverLeftWork } from "./models/restart-recovery";
import { sendRoomEventCallbacks } from "./models/room-event-callbacks";
import { RoomHistory } from "./models/room-history";
import { RoomStore } from "./models/room-store";
import { Rooms } from "./models/rooms";
import { trtcRelayPolicy } from "./relay-bridge";
import { resetTrtc } from "./reset-trtc";
import { registerTrtcActions } from "./routes";

export interface TrtcServiceDeps {
  db: PGlite;
  dataDir: string;
  /** The relay's listening host, and where ingests and the mixer reach it. */
  host: string;
  rtmpPort: number;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  ffprobePath: string;
  account: Account;
  callbacks: CallbackOutbox;
  callbackConfig: TrtcCallbackConfig;
  usage: UsageLedger;
  usageFrom: ReturnType<typeof usageRecorders>;
  /**
   * Late-bound: the recorder records what the relay carries, so it is built once the relay (started here)
   * exists, yet hears of every publish and mix from here. Undefined until then.
   */
  recorder: () => StreamRecorder | undefined;
  ingestJoinTimeoutMs?: number;
  cloudRecordingTaskLimit?: number;
  logger: Logger;
}

export interface TrtcService extends Service {
  /** The RTMP relay every publish goes through (TRTC's rooms decide who may publish). */
  relay: Relay;
  /** Before the API answers: tasks and mixes the previous run left resume or end, their files are finalized. */
  recoverLeftWork(recorder: StreamRecorder): Promise<void>;
  /** Once the API answers: ingest tasks the previous run left start again. */
  resumeIngests(): Promise<void>;
}

/**
 * Rooms kick through the relay, and the relay reports publishes to rooms: rooms come first, the relay
 * reaches them through `relayRef` once started. The relay is TRTC's because of that loop, and because its
 * close sits between the TRTC tasks' (see the teardown steps).
 */
async function startRoomsAndRelay(deps: TrtcServiceDeps, teardown: Teardown, apps: AppDirectory) {
  const { host, logger } = deps;
  const relayRef: { current?: Relay } = {};
  const rooms = new Rooms({
    store: new RoomStore(deps.db),
    logger,
    kickSession: (id) => void relayRef.current?.kick(id),
  });
  await rooms.closeLeftovers();
  // Only this process's mixer may publish mixes into the relay (mix-publish.ts).
  const mixToken = randomBytes(16).toString("hex");
  const relay = await Relay.start({
    host,
    port: deps.rtmpPort,
    dataDir: deps.dataDir,
    logger,
    policy: observeRelayPolicy(trtcRelayPolicy(rooms, apps, logger, mixToken), [
      {
        onPublishStarted: (publish) => deps.recorder()?.onPublishStarted(publish),
        onPublishEnded: (sessionId) => deps.recorder()?.onPublishEnded(sessionId),
      },
    ]),
  });
  relayRef.current = relay;
  teardown.add("relay", async () => {
    await relay.close();
    await rooms.leaveAll();
  });
  return { rooms, relay, mixToken };
}

/** StartStreamIngest's tasks: ffmpegs pushing a URL into the relay as a room user. */
function startIngests(
  deps: TrtcServiceDeps,
  teardown: Teardown,
  { rooms, apps, relay }: { rooms: Rooms; apps: AppDirectory; relay: Relay },
) {
  const ingestStore = new IngestTaskStore(deps.db);
  const ingests = new IngestTasks({
    store: ingestStore,
    rooms,
    apps,
    supervisor: deps.supervisor,
    ffmpegPath: deps.ffmpegPath,
    ffprobePath: deps.ffprobePath,
    relayHost: deps.host,
    relayPort: relay.port,
    joinTimeoutMs: deps.ingestJoinTimeoutMs ?? DEFAULT_INGEST_JOIN_TIMEOUT_MS,
    logger: deps.logger,
  });
  teardown.add("ingest tasks", () => ingests.shutdown());
  return { ingests, ingestStore };
}

async function startTrtc(deps: TrtcServiceDeps, teardown: Teardown) {
  const { db, host, supervisor, logger, callbacks, callbackConfig } = deps;
  const apps = new AppDirectory(deps.account);
  const { rooms, relay, mixToken } = await startRoomsAndRelay(deps, teardown, apps);
  const relayBaseUrl = () => `rtmp://${host}:${relay.port}`;
  const { ingests, ingestStore } = startIngests(deps, teardown, { rooms, apps, relay });
  const mixer = new Mixer({
    rooms,
    relay,
    supervisor,
    ffmpegPath: deps.ffmpegPath,
    relayBaseUrl,
    mixToken,
    expectReturn: (streamKey) => deps.recorder()?.expectReturn(streamKey),
    withdrawReturn: (streamKey) => deps.recorder()?.withdrawReturn(streamKey),
    logger,
  });
  teardown.add("mixer", () => mixer.close());
  deps.usageFrom.watchMixer(mixer);
  const mcuMixes = new McuMixes({ rooms, mixer, store: new McuMixStore(db), resumeWaitMs: FAILOVER_WAIT_MS, logger });
  const roomEvents = sendRoomEventCallbacks({
    rooms,
    config: callbackConfig,
    callbacks,
    mediaOf: (room, stream) => relay.whenStreamInfo(`/trtc_${room.sdkAppId}/${stream.streamId}`, 2_000),
    logger,
  });
  const cloudRecordings = new CloudRecordings({
    store: new CloudRecordingStore(db),
    appOf: (sdkAppId) => deps.account.app(sdkAppId),
    rooms,
    mixer,
    recorder: deps.recorder,
    recordingCallbackOf: (sdkAppId) => callbackConfig.targetFor(sdkAppId, "recording"),
    callbacks,
    logger,
    ...(deps.cloudRecordingTaskLimit ? { maxConcurrentTasksPerApp: deps.cloudRecordingTaskLimit } : {}),
  });
  // Runs before the ingests and the relay stop: rooms emptying then must not end tasks or mixes.
  teardown.add("cloud-recording tasks and mixes", () => {
    cloudRecordings.shutdown();
    mcuMixes.shutdown();
  });
  const models = { apps, rooms, history: new RoomHistory(db), ingests, mcuMixes, cloudRecordings, usage: deps.usage };
  return { relay, models, ingestStore, roomEvents };
}

function startTrtcService(deps: TrtcServiceDeps): Promise<TrtcService> {
  return startWithTeardown(deps.logger, async (teardown) => {
    const { relay, models, ingestStore, roomEvents } = await startTrtc(deps, teardown);
    return {
      name: "trtc",
      relay,
      registerActions: (registry) => registerTrtcActions(registry, models),
      reset: async () => {
        await resetTrtc(models, ingestStore);
        // Room events of the reset itself reach the outbox before the outbox is reset.
        await roomEvents.whenQueued();
      },
      recoverLeftWork: (recorder) =>
        recoverLeftWork({ cloudRecordings: models.cloudRecordings, mcuMixes: models.mcuMixes, recorder }),
      resumeIngests: () => models.ingests.resumeAll(),
    };
  });
}

/** TRTC: rooms and their users (publishes through the relay), ingest tasks, MCU mixes and cloud recordings. */
export const trtcService: ServiceDefinition<TrtcServiceDeps, TrtcService> = {
  name: "trtc",
  migrations: trtcMigrations,
  start: startTrtcService,
};
