import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import type { Logger } from "../../../core/logger";
import { trtcErrors } from "../errors";
import type { PublishIdentity, RoomStream } from "./publish-identity";
import { roomKeyId, type RoomKey } from "./room-key";
import type { RoomStore } from "./room-store";

/** How long a kick waits for the kicked publishers' connections to end before answering anyway. */
const KICK_SETTLE_TIMEOUT_MS = 5000;

interface Member {
  userId: string;
  rowId: string;
  streams: Map<string, RoomStream>;
}

interface LiveRoom {
  key: RoomKey;
  /** Set once the room's row is written; every write runs after the previous one. */
  rowId: string;
  members: Map<string, Member>;
}

export interface StreamEvent {
  room: RoomKey;
  userId: string;
  stream: RoomStream;
}

export interface RoomsEvents {
  /** After the stream (and the user's entry, if it is their first stream) is in the history. */
  streamStarted: [StreamEvent];
  /** After the stream's end (and the user's exit, if it was their last stream) is in the history. */
  streamEnded: [StreamEvent & { hasUserLeft: boolean }];
}

export interface RoomsOptions {
  store: RoomStore;
  logger: Logger;
  /** Ends a publisher's connection; its end comes back through `streamEnded`. */
  kickSession: (sessionId: string) => void;
}

const DEVICE_TYPE = { ingest: "StreamIngest", rtmp: "RTMP" } as const;
const SDK_VERSION = "local-cloud";

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * Who is in which room now. A room exists while someone publishes in it; a user is in it while
 * they publish at least one stream (main or aux). Changes are kept in memory at once (so that
 * admission decisions are immediate) and written to the history in order.
 */
export class Rooms extends EventEmitter<RoomsEvents> {
  private readonly live = new Map<string, LiveRoom>();
  private readonly sessions = new Map<string, { roomId: string; userId: string }>();
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly options: RoomsOptions) {
    super();
  }

  private persist(write: () => Promise<void>): Promise<void> {
    const next = this.writes.then(write).catch((error: unknown) => {
      this.options.logger.error(`room history write failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    this.writes = next;
    return next;
  }

  /** Why this publish may not enter, or null. Synchronous: the relay asks before accepting it. */
  admissionProblem(identity: PublishIdentity): string | null {
    const member = this.live.get(roomKeyId(identity.room))?.members.get(identity.userId);
    const clash = [...(member?.streams.values() ?? [])].find(
      (stream) => stream.streamType === identity.stream.streamType,
    );
    return clash
      ? `user ${identity.userId} already publishes a ${clash.streamType} stream in room ${identity.room.roomId}`
      : null;
  }

  /** Who publishes in the room now, in the order they entered, each with their streams. */
  publishersOf(room: RoomKey): Array<{ userId: string; streams: RoomStream[] }> {
    const members = this.live.get(roomKeyId(room))?.members.values() ?? [];
    return [...members].map((member) => ({ userId: member.userId, streams: [...member.streams.values()] }));
  }

  isUserPresent(room: RoomKey, userId: string): boolean {
    return this.live.get(roomKeyId(room))?.members.has(userId) ?? false;
  }

  async join(identity: PublishIdentity): Promise<void> {
    const id = roomKeyId(identity.room);
    const now = nowSeconds();
    let room = this.live.get(id);
    const isNewRoom = !room;
    if (!room) {
      room = { key: identity.room, rowId: "", members: new Map() };
      this.live.set(id, room);
    }
    let member = room.members.get(identity.userId);
    const isNewMember = !member;
    if (!member) {
      member = { userId: identity.userId, rowId: randomUUID(), streams: new Map() };
      room.members.set(identity.userId, member);
    }
    member.streams.set(identity.stream.sessionId, identity.stream);
    this.sessions.set(identity.stream.sessionId, { roomId: id, userId: identity.userId });
    const liveRoom = room;
    const memberRowId = member.rowId;
    await this.persist(async () => {
      if (isNewRoom) liveRoom.rowId = (await this.options.store.openRoom(identity.room, identity.userId, now)).rowId;
      if (isNewMember) {
        await this.options.store.insertUser({
          id: memberRowId,
          roomRowId: liveRoom.rowId,
          userId: identity.userId,
          joinTs: now,
          clientIp: identity.clientIp,
          deviceType: identity.stream.taskId ? DEVICE_TYPE.ingest : DEVICE_TYPE.rtmp,
          sdkVersion: SDK_VERSION,
        });
      }
    });
    this.emit("streamStarted", { room: identity.room, userId: identity.userId, stream: identity.stream });
  }

  /** The publish of `sessionId` ended. Unknown sessions are ignored, so ends may be reported twice. */
  async leave(sessionId: string): Promise<void> {
    const ref = this.sessions.get(sessionId);
    if (!ref) return;
    this.sessions.delete(sessionId);
    const room = this.live.get(ref.roomId);
    const member = room?.members.get(ref.userId);
    const stream = member?.streams.get(sessionId);
    if (!room || !member || !stream) return;
    member.streams.delete(sessionId);
    const hasUserLeft = member.streams.size === 0;
    if (hasUserLeft) room.members.delete(member.userId);
    const isRoomEmpty = room.members.size === 0;
    if (isRoomEmpty) this.live.delete(ref.roomId);
    const now = nowSeconds();
    await this.persist(async () => {
      if (hasUserLeft) await this.options.store.markUserLeft(member.rowId, now);
      if (isRoomEmpty) await this.options.store.closeRoom(room.rowId, now);
    });
    this.emit("streamEnded", { room: room.key, userId: member.userId, stream, hasUserLeft });
  }

  /** Resolves once the publish of `sessionId` has ended and been recorded (at once if it is not live). */
  whenSessionEnded(sessionId: string, timeoutMs = KICK_SETTLE_TIMEOUT_MS): Promise<boolean> {
    if (!this.sessions.has(sessionId)) return this.writes.then(() => true);
    return new Promise((resolve) => {
      const onEnded = (event: StreamEvent) => {
        if (event.stream.sessionId !== sessionId) return;
        clearTimeout(timer);
        this.off("streamEnded", onEnded);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.off("streamEnded", onEnded);
        resolve(false);
      }, timeoutMs);
      this.on("streamEnded", onEnded);
    });
  }

  /** Kicks these users (all their streams) and waits until they are out. Absent users are ignored. */
  async removeUsers(room: RoomKey, userIds: readonly string[]): Promise<void> {
    const liveRoom = this.live.get(roomKeyId(room));
    if (!liveRoom) throw trtcErrors.roomNotExist(room.roomId);
    const sessionIds = userIds.flatMap((userId) => [...(liveRoom.members.get(userId)?.streams.keys() ?? [])]);
    await this.kickAndSettle(sessionIds);
  }

  /** Kicks everyone in the room and waits until it is gone. */
  async dismiss(room: RoomKey): Promise<void> {
    const liveRoom = this.live.get(roomKeyId(room));
    if (!liveRoom) throw trtcErrors.roomNotExist(room.roomId);
    await this.kickAndSettle([...liveRoom.members.values()].flatMap((member) => [...member.streams.keys()]));
  }

  /** Kicks every publisher in every room and waits until all have left. */
  async removeEveryone(): Promise<void> {
    await this.kickAndSettle([...this.sessions.keys()]);
  }

  private async kickAndSettle(sessionIds: string[]): Promise<void> {
    const settled = sessionIds.map((sessionId) => this.whenSessionEnded(sessionId));
    for (const sessionId of sessionIds) this.options.kickSession(sessionId);
    const results = await Promise.all(settled);
    const stuck = sessionIds.filter((_, index) => !results[index]);
    if (stuck.length > 0) {
      this.options.logger.warn(`publishers did not disconnect in time, recording them as left: ${stuck.join(", ")}`);
      await Promise.all(stuck.map((sessionId) => this.leave(sessionId)));
    }
  }

  /** Records everyone as gone now, without kicking: for shutdown, after the relay has stopped. */
  async leaveAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((sessionId) => this.leave(sessionId)));
    await this.writes;
  }

  /** A previous run that crashed left rooms open that nobody is in any more. */
  async closeLeftovers(): Promise<void> {
    await this.persist(() => this.options.store.closeEverythingOpen(nowSeconds()));
  }

  /** Forgets all history; only valid while nobody is in a room. */
  async forgetHistory(): Promise<void> {
    if (this.live.size > 0) throw new Error("Cannot forget room history while rooms are live");
    await this.persist(() => this.options.store.deleteAll());
  }
}
