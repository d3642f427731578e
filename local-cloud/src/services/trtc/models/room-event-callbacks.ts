import { randomUUID } from "node:crypto";
import type { Logger } from "../../../core/logger";
import type { TrtcCallbackConfig } from "../../../callbacks/trtc-callback-config";
import type { CallbackSink } from "../../../recording/contracts";
import type { RoomStream } from "./publish-identity";
import { ROOM_ID_TYPE, roomKeyId, type RoomKey } from "./room-key";
import type { Rooms } from "./rooms";

/** TRTC room (group 1) and media (group 2) events (trtc.io 39558, cloud.tencent.com 647/51586). */
export const ROOM_EVENTS = {
  createRoom: 101,
  dismissRoom: 102,
  enterRoom: 103,
  exitRoom: 104,
  changeRole: 105,
  startVideo: 201,
  stopVideo: 202,
  startAudio: 203,
  stopAudio: 204,
  startSubStream: 205,
  stopSubStream: 206,
} as const;

/** Every publisher here is an anchor (a viewer publishes nothing): MEMBER_TRTC_ANCHOR. */
const ROLE_ANCHOR = 20;
/** An RTMP push or an ingest is neither a phone nor a browser: TERMINAL_TYPE_OTHER. */
const TERMINAL_OTHER = 100;
/** USER_TYPE_NATIVE_SDK: the closest of the documented three to a server-side publisher. */
const USER_NATIVE_SDK = 3;
/** Reason of 103: voluntary entry; of 104: voluntary exit. */
const REASON_VOLUNTARY = 1;

const groupOf = (eventType: number) => (eventType < 200 ? 1 : 2);

export interface MediaOfStream {
  hasVideo: boolean;
  hasAudio: boolean;
}

/** What the caller can ask of the room events once they are being sent. */
export interface RoomEventSender {
  /** Resolves once every event that has happened so far is in the outbox. */
  whenQueued(): Promise<void>;
}

/**
 * Sends TRTC's room and media event callbacks for what happens in the rooms: 101 when a room is
 * created, 103/104 as users enter and leave, 201–206 as they start and stop video, audio and the
 * sub-stream, 102 when the room is gone. A user's exit sends only 104, which implies 202/204
 * (documented). Events are queued in the order they happen, to the app's room-and-media callback
 * URL set on TRTC's console page (here `/_local/trtc-callbacks/<SdkAppId>`); none when unset.
 */
export function sendRoomEventCallbacks(options: {
  rooms: Rooms;
  config: TrtcCallbackConfig;
  callbacks: CallbackSink;
  /** What the stream carries, once the relay knows (undefined: assume audio and video). */
  mediaOf: (room: RoomKey, stream: RoomStream) => Promise<MediaOfStream | undefined>;
  logger: Logger;
}): RoomEventSender {
  const membersByRoom = new Map<string, Set<string>>();
  let queue: Promise<void> = Promise.resolve();

  const deliver = async (room: RoomKey, eventType: number, info: Record<string, unknown>, atMs: number) => {
    const target = await options.config.targetFor(room.sdkAppId, "roomAndMedia");
    if (!target) return;
    await options.callbacks.enqueue({
      url: target.url,
      body: {
        EventGroupId: groupOf(eventType),
        EventType: eventType,
        CallbackTs: atMs,
        EventInfo: {
          RoomId: room.roomIdType === ROOM_ID_TYPE.integer ? Number(room.roomId) : room.roomId,
          EventTs: Math.floor(atMs / 1000),
          EventMsTs: atMs,
          ...info,
        },
      },
      signing: { kind: "trtc", key: target.key, sdkAppId: room.sdkAppId },
      eventKey: `trtc-room-${eventType}-${randomUUID()}`,
    });
  };
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  /** Runs after everything queued before it, so events are queued in the order they happened. */
  const inOrder = (step: () => Promise<void>) => {
    queue = queue
      .then(step)
      .catch((error: unknown) => options.logger.error(`room events not queued: ${describe(error)}`));
  };
  const enqueue = (room: RoomKey, eventType: number, info: Record<string, unknown>, atMs: number) =>
    inOrder(() => deliver(room, eventType, info, atMs));

  options.rooms.on("streamStarted", ({ room, userId, stream }) => {
    const atMs = Date.now();
    const id = roomKeyId(room);
    let members = membersByRoom.get(id);
    if (!members) {
      members = new Set();
      membersByRoom.set(id, members);
      enqueue(room, ROOM_EVENTS.createRoom, { UserId: userId }, atMs);
    }
    if (!members.has(userId)) {
      members.add(userId);
      enqueue(
        room,
        ROOM_EVENTS.enterRoom,
        {
          UserId: userId,
          Role: ROLE_ANCHOR,
          TerminalType: TERMINAL_OTHER,
          UserType: USER_NATIVE_SDK,
          Reason: REASON_VOLUNTARY,
        },
        atMs,
      );
    }
    if (stream.streamType === "aux") {
      enqueue(room, ROOM_EVENTS.startSubStream, { UserId: userId }, atMs);
      return;
    }
    // The events keep their order: the media events wait in the same queue for the relay's metadata.
    const media = options.mediaOf(room, stream);
    inOrder(async () => {
      const { hasVideo, hasAudio } = (await media) ?? { hasVideo: true, hasAudio: true };
      if (hasVideo) await deliver(room, ROOM_EVENTS.startVideo, { UserId: userId }, atMs);
      if (hasAudio) await deliver(room, ROOM_EVENTS.startAudio, { UserId: userId }, atMs);
    });
  });

  options.rooms.on("streamEnded", ({ room, userId, stream, hasUserLeft }) => {
    const atMs = Date.now();
    const id = roomKeyId(room);
    const members = membersByRoom.get(id);
    if (hasUserLeft) {
      enqueue(room, ROOM_EVENTS.exitRoom, { UserId: userId, Role: ROLE_ANCHOR, Reason: REASON_VOLUNTARY }, atMs);
      members?.delete(userId);
      if (members?.size === 0) {
        membersByRoom.delete(id);
        enqueue(room, ROOM_EVENTS.dismissRoom, {}, atMs);
      }
      return;
    }
    if (stream.streamType === "aux") {
      enqueue(room, ROOM_EVENTS.stopSubStream, { UserId: userId, Reason: 0 }, atMs);
      return;
    }
    enqueue(room, ROOM_EVENTS.stopVideo, { UserId: userId, Reason: 0 }, atMs);
    enqueue(room, ROOM_EVENTS.stopAudio, { UserId: userId, Reason: 0 }, atMs);
  });

  return {
    whenQueued: async () => {
      // A step may queue more (an exit's 102), so wait until the chain stops growing.
      for (let seen = queue; ; seen = queue) {
        await seen;
        if (seen === queue) return;
      }
    },
  };
}
