import { EventEmitter } from "node:events";
import path from "node:path";
import NodeMediaServer from "node-media-server";
import Context from "node-media-server/src/core/context.js";
import type { Logger } from "../../core/logger";
import { findFreePort } from "../net/free-port";
import { startPreRoll } from "./pre-roll";
import { routeNmsLogsTo } from "./silence-nms-logger";

/** A publish as the relay saw it: `rtmp://host:port/<app>/<name>?<query>`. */
export interface RelayPublish {
  sessionId: string;
  app: string;
  name: string;
  streamPath: string;
  query: Record<string, string>;
  /** Peer address without the port, IPv4-mapped IPv6 unwrapped. */
  clientIp: string;
}

/** What the relay asks of its owner; everything about rooms lives on the other side. */
export interface RelayPolicy {
  /** Synchronous, called before a publish is accepted: a reason rejects it, null lets it in. */
  authorizePublish(publish: RelayPublish): string | null;
  onPublishStarted(publish: RelayPublish): void;
  onPublishEnded(sessionId: string): void;
}

export interface RelayOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  dataDir: string;
  logger: Logger;
  policy: RelayPolicy;
}

/** What a published stream carries, from its metadata and sequence headers. */
export interface RelayStreamInfo {
  hasVideo: boolean;
  hasAudio: boolean;
  width: number;
  height: number;
}

type Session = NodeMediaServer.Session;
type RelayEvent = "prePublish" | "postPublish" | "donePublish";

/** How often whenStreamInfo looks for a new stream's metadata (it comes within moments). */
const STREAM_INFO_CHECK_MS = 50;

/** node-media-server keeps its state in module globals (Context), so one relay per process. */
let isRelayRunning = false;

function firstValues(query: Session["streamQuery"]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[key.toLowerCase()] = first;
  }
  return result;
}

function clientIpOf(ip: string): string {
  const address = ip.replace(/:\d+$/, "");
  return address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
}

function toPublish(session: Session): RelayPublish {
  return {
    sessionId: session.id,
    app: session.streamApp,
    name: session.streamName,
    streamPath: session.streamPath,
    query: firstValues(session.streamQuery),
    clientIp: clientIpOf(session.ip),
  };
}

function dropSession(session: Session): void {
  if (session.socket) session.socket.destroy();
  else session.close();
}

/**
 * The RTMP relay: node-media-server v4 embedded, listening on `host` only, with its HTTP side
 * and recorder off. It fans each published stream out to its players and reports publishes to
 * a policy that admits or rejects them.
 */
export class Relay {
  private readonly publishers = new Map<string, Session>();
  private readonly ownerOfPath = new Map<string, string>();
  /** Sessions refused in prePublish: node-media-server still emits their postPublish. */
  private readonly rejected = new Set<string>();
  private readonly listeners: Array<[RelayEvent, (session: Session) => void]> = [];
  /** `published` and `ended`, with the stream path, for callers waiting on a path. */
  private readonly paths = new EventEmitter<Record<"published" | "ended", [string]>>();
  private isClosed = false;

  private constructor(
    private readonly server: NodeMediaServer,
    readonly port: number,
    private readonly options: RelayOptions,
  ) {}

  static async start(options: RelayOptions): Promise<Relay> {
    if (isRelayRunning)
      throw new Error("A relay is already running in this process (node-media-server state is global).");
    isRelayRunning = true;
    try {
      const port = options.port || (await findFreePort(options.host));
      routeNmsLogsTo(options.logger);
      const server = new NodeMediaServer({
        bind: options.host,
        rtmp: { port },
        store: { path: path.join(options.dataDir, "relay"), maxHistory: 100 },
        webadmin: { enable: false },
      });
      const relay = new Relay(server, port, options);
      relay.listen();
      await relay.runServer();
      return relay;
    } catch (error) {
      isRelayRunning = false;
      throw error;
    }
  }

  private async runServer(): Promise<void> {
    const running = this.server.run();
    const tcpServer = this.server.rtmpServer.tcpServer;
    if (!tcpServer) throw new Error("node-media-server did not create its RTMP listener");
    // Its own handler calls process.exit(1) on a busy port; we report the error to our caller instead.
    tcpServer.removeAllListeners("error");
    try {
      await new Promise<void>((resolve, reject) => {
        tcpServer.once("listening", resolve);
        tcpServer.once("error", reject);
      });
    } catch (error) {
      await this.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`The RTMP relay cannot listen on ${this.options.host}:${this.port}: ${reason}`);
    }
    await running;
  }

  private on(event: RelayEvent, listener: (session: Session) => void): void {
    Context.eventEmitter.on(event, listener);
    this.listeners.push([event, listener]);
  }

  private listen(): void {
    this.on("prePublish", (session) => {
      if (session.broadcast?.getPublishStatus() === "publishing") {
        // node-media-server refuses a second publisher on a path itself, after emitting postPublish.
        this.rejected.add(session.id);
        return;
      }
      // TRTC users leave when their stream stops; the relay's 30 s reconnect grace would delay that
      // (and would hold the path of a refused push for as long).
      if (session.broadcast) session.broadcast.publishGraceMs = 0;
      const reason = this.options.policy.authorizePublish(toPublish(session));
      if (reason === null) return;
      this.rejected.add(session.id);
      this.options.logger.info(`relay: rejected publish ${session.streamPath}: ${reason}`);
      // Deferred so that node-media-server finishes the command it is in the middle of handling.
      setImmediate(() => dropSession(session));
    });
    this.on("postPublish", (session) => {
      // Emitted right after prePublish; a refused session's later donePublish is a no-op below.
      if (this.rejected.delete(session.id)) return;
      const broadcast = Context.broadcasts.get(session.streamPath);
      if (broadcast) startPreRoll(broadcast);
      const previous = this.ownerOfPath.get(session.streamPath);
      if (previous !== undefined && previous !== session.id) this.endPublish(previous);
      this.publishers.set(session.id, session);
      this.ownerOfPath.set(session.streamPath, session.id);
      this.options.policy.onPublishStarted(toPublish(session));
      this.paths.emit("published", session.streamPath);
    });
    this.on("donePublish", (session) => this.endPublish(session.id));
  }

  private endPublish(sessionId: string): void {
    const session = this.publishers.get(sessionId);
    if (!session) return;
    this.publishers.delete(sessionId);
    if (this.ownerOfPath.get(session.streamPath) === sessionId) this.ownerOfPath.delete(session.streamPath);
    this.options.policy.onPublishEnded(sessionId);
    if (!this.ownerOfPath.has(session.streamPath)) this.paths.emit("ended", session.streamPath);
  }

  isPublishing(streamPath: string): boolean {
    return this.ownerOfPath.has(streamPath);
  }

  /**
   * Resolves true once someone publishes `streamPath` (at once if someone does), false after
   * `timeoutMs` or when `abort` resolves first.
   */
  whenPublished(streamPath: string, timeoutMs: number, abort?: Promise<unknown>): Promise<boolean> {
    return this.waitFor("published", streamPath, () => this.isPublishing(streamPath), timeoutMs, abort);
  }

  /** Resolves true once nobody publishes `streamPath` (at once if nobody does), false after `timeoutMs`. */
  whenPathFree(streamPath: string, timeoutMs: number): Promise<boolean> {
    return this.waitFor("ended", streamPath, () => !this.isPublishing(streamPath), timeoutMs);
  }

  private waitFor(
    event: "published" | "ended",
    streamPath: string,
    holds: () => boolean,
    timeoutMs: number,
    abort?: Promise<unknown>,
  ): Promise<boolean> {
    if (holds()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.paths.off(event, onEvent);
        resolve(result);
      };
      const onEvent = (path: string) => {
        if (path === streamPath && holds()) finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.paths.on(event, onEvent);
      void abort?.then(() => finish(false));
    });
  }

  /**
   * Resolves with what the stream carries once its publisher has sent its metadata, or undefined
   * after `timeoutMs` or when nobody publishes it any more. node-media-server emits no event for
   * metadata, so this looks at the broadcast every STREAM_INFO_CHECK_MS until it is there.
   */
  whenStreamInfo(streamPath: string, timeoutMs: number): Promise<RelayStreamInfo | undefined> {
    const known = this.streamInfo(streamPath);
    if (known || !this.isPublishing(streamPath)) return Promise.resolve(known);
    return new Promise((resolve) => {
      const deadline = Date.now() + timeoutMs;
      const check = setInterval(() => {
        const info = this.streamInfo(streamPath);
        if (!info && this.isPublishing(streamPath) && Date.now() < deadline) return;
        clearInterval(check);
        resolve(info);
      }, STREAM_INFO_CHECK_MS);
    });
  }

  /**
   * What the stream at `streamPath` carries, once its publisher has sent its metadata or first
   * sequence header; undefined while nobody publishes it or before that.
   */
  streamInfo(streamPath: string): RelayStreamInfo | undefined {
    const broadcast = Context.broadcasts.get(streamPath);
    const publisher = broadcast?.publisher;
    if (!broadcast || !publisher || !this.ownerOfPath.has(streamPath)) return undefined;
    const hasVideo = Boolean(publisher.videoCodec) || broadcast.rtmpVideoHeader !== null;
    const hasAudio = Boolean(publisher.audioCodec) || broadcast.rtmpAudioHeader !== null;
    if (broadcast.rtmpMetaData === null && !hasVideo && !hasAudio) return undefined;
    return { hasVideo, hasAudio, width: publisher.videoWidth ?? 0, height: publisher.videoHeight ?? 0 };
  }

  /** Ends a publisher's connection; its donePublish follows. False if it is not publishing. */
  kick(sessionId: string): boolean {
    const session = this.publishers.get(sessionId);
    if (!session) return false;
    dropSession(session);
    return true;
  }

  /**
   * Ends the connections of everyone playing `streamPath`, so they see the stream end. node-media-server
   * keeps players waiting for a new publisher instead, and a waiting ffmpeg ignores its first SIGTERM.
   */
  dropPlayers(streamPath: string): void {
    const subscribers = Context.broadcasts.get(streamPath)?.subscribers;
    for (const session of [...(subscribers?.values() ?? [])]) session.close();
  }

  kickAll(): void {
    for (const session of this.publishers.values()) dropSession(session);
  }

  /** Stops listening and drops every connection, without reporting their ends to the policy. */
  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const [event, listener] of this.listeners) Context.eventEmitter.off(event, listener);
    this.listeners.length = 0;
    this.publishers.clear();
    this.ownerOfPath.clear();
    this.rejected.clear();
    try {
      await this.server.stop();
    } finally {
      isRelayRunning = false;
    }
  }
}
