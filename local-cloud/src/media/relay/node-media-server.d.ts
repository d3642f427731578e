/**
 * The parts of node-media-server v4 (plain JavaScript, no bundled types) the relay uses, written
 * from its source (src/index.js, src/core/context.js, src/session/*, src/server/broadcast_server.js).
 */
declare module "node-media-server" {
  import type { Server, Socket } from "node:net";

  namespace NodeMediaServer {
    interface Config {
      bind?: string;
      rtmp?: { port?: number };
      store?: { path?: string; maxHistory?: number };
      webadmin?: { enable?: boolean };
    }

    /** A demuxed packet (src/core/avpacket.js); `flags`: 0 audio header, 1 audio, 2 video header, 3 key frame, 4 video, 5 metadata. */
    interface MediaPacket {
      flags: number;
      dts: number;
      pts: number;
    }

    interface Broadcast {
      /** Instance fields (arrow functions), so a relay may wrap them per broadcast. */
      broadcastMessage: (packet: MediaPacket) => void;
      postPlay: (session: Session) => string | null;
      /** The RTMP messages since the last key frame, sent to each new player; null before the first. */
      rtmpGopCache: Set<Buffer> | null;
      /** Ms a stream stays "reconnecting" after its publisher drops before donePublish fires (30 s by default). */
      publishGraceMs: number;
      getPublishStatus(): "publishing" | "reconnecting" | "idle";
      /** Players of the stream, by session id; they stay attached across publish gaps. */
      subscribers: Map<string, Session>;
      publisher: Session | null;
      /** Set once the publisher's onMetaData, AAC and AVC sequence headers have arrived. */
      rtmpMetaData: Buffer | null;
      rtmpAudioHeader: Buffer | null;
      rtmpVideoHeader: Buffer | null;
    }

    interface Session {
      id: string;
      /** `address:port` of the peer. */
      ip: string;
      protocol: string;
      streamApp: string;
      streamName: string;
      streamPath: string;
      streamQuery: Record<string, string | string[] | undefined>;
      isPublisher: boolean;
      /** Present on RTMP sessions. */
      socket?: Socket;
      broadcast?: Broadcast;
      /** From the publisher's onMetaData (FLV codec ids; 0 or undefined when absent). */
      videoCodec?: number;
      audioCodec?: number;
      videoWidth?: number;
      videoHeight?: number;
      close(): void;
    }
  }

  class NodeMediaServer {
    constructor(config: NodeMediaServer.Config);
    rtmpServer: { tcpServer?: Server };
    run(): Promise<void>;
    stop(): Promise<void>;
  }

  export = NodeMediaServer;
}

declare module "node-media-server/src/core/context.js" {
  import type { EventEmitter } from "node:events";
  import type NodeMediaServer from "node-media-server";

  const Context: {
    eventEmitter: EventEmitter<Record<"prePublish" | "postPublish" | "donePublish", [NodeMediaServer.Session]>>;
    broadcasts: Map<string, NodeMediaServer.Broadcast>;
  };
  export = Context;
}

declare module "node-media-server/src/core/logger.js" {
  const logger: { log(message: string, level?: string): void };
  export = logger;
}

declare module "node-media-server/src/protocol/rtmp.js" {
  import type NodeMediaServer from "node-media-server";

  /** node-media-server's RTMP muxer: `createMessage` is what it sends players for a packet. */
  const Rtmp: { createMessage(packet: NodeMediaServer.MediaPacket): Buffer };
  export = Rtmp;
}
