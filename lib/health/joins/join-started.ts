import { EventEmitter } from "node:events";

/**
 * Tells this process's join worker that a join was started, so it asks VOD about it now rather
 * than at its next timer. Only a hint: the worker reads the processing joins from the database.
 */
const holder = globalThis as typeof globalThis & { __joinStarted?: EventEmitter };
const emitter = (holder.__joinStarted ??= new EventEmitter());

export function signalJoinStarted(): void {
  emitter.emit("started");
}

export function onJoinStarted(listener: () => void): () => void {
  emitter.on("started", listener);
  return () => emitter.off("started", listener);
}
