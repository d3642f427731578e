import Rtmp from "node-media-server/src/protocol/rtmp.js";
import type NodeMediaServer from "node-media-server";

type Broadcast = NodeMediaServer.Broadcast;
type MediaPacket = NodeMediaServer.MediaPacket;
type Session = NodeMediaServer.Session;

/**
 * Our recorders are ffmpegs that connect to the relay once the publish is known, which takes a
 * moment, and on a busy machine several seconds: a player that connects gets only the current
 * GOP, so what a recording held depended on the machine's load. The relay therefore keeps every
 * media message of a publish's first PRE_ROLL_MS, and a player that asks for it (`?preroll=1`)
 * and connects within that time gets them all, from the first frame, before the live ones. Other
 * players (the mixer, viewers) get node-media-server's usual start at the last key frame.
 *
 * Tencent is not this exact: it documents a short delay between the push and the start of
 * recording, so a very short push may leave no file (cloud.tencent.com 267/33101: 推流发起后启动
 * 录制任务会有短暂延迟; pushes over 10 s advised). That delay is not modelled (COVERAGE.md).
 */
export const PRE_ROLL_MS = 10_000;
/** node-media-server's own bound on its GOP cache; a pre-roll past it stops growing. */
const MAX_PRE_ROLL_MESSAGES = 4096;
export const PRE_ROLL_QUERY = "preroll";

/** The packet kinds node-media-server caches for late players: audio, video key and inter frames. */
const MEDIA_FLAGS = new Set([1, 3, 4]);

interface PreRoll {
  startedAtMs: number;
  messages: Buffer[];
}

const preRolls = new WeakMap<Broadcast, PreRoll>();

const wantsPreRoll = (session: Session) => session.streamQuery[PRE_ROLL_QUERY] === "1";

/** Starts a publish's pre-roll; call on postPublish, before its first media packet. */
export function startPreRoll(broadcast: Broadcast, nowMs: number = Date.now()): void {
  const existing = preRolls.get(broadcast);
  // The same path published again (a reconnect) keeps its broadcast: only the state starts over.
  preRolls.set(broadcast, { startedAtMs: nowMs, messages: [] });
  if (existing) return;
  const broadcastMessage = broadcast.broadcastMessage;
  broadcast.broadcastMessage = (packet: MediaPacket) => {
    const preRoll = preRolls.get(broadcast);
    if (
      preRoll &&
      MEDIA_FLAGS.has(packet.flags) &&
      Date.now() - preRoll.startedAtMs < PRE_ROLL_MS &&
      preRoll.messages.length < MAX_PRE_ROLL_MESSAGES
    )
      preRoll.messages.push(Rtmp.createMessage(packet));
    return broadcastMessage(packet);
  };
  const postPlay = broadcast.postPlay;
  broadcast.postPlay = (session: Session) => {
    const preRoll = preRolls.get(broadcast);
    const isInTime = preRoll !== undefined && Date.now() - preRoll.startedAtMs < PRE_ROLL_MS;
    if (!preRoll || !isInTime || session.protocol !== "rtmp" || !wantsPreRoll(session)) return postPlay(session);
    // postPlay sends the cached GOP to the new player: for this one, everything since the start.
    const gop = broadcast.rtmpGopCache;
    broadcast.rtmpGopCache = new Set(preRoll.messages);
    try {
      return postPlay(session);
    } finally {
      broadcast.rtmpGopCache = gop;
    }
  };
}
