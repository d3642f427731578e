import { EventEmitter } from "node:events";

/**
 * Tells this process's quality-check worker that a file was queued, so it starts now rather than at
 * its next timer. Only a hint: the worker reads the queue from the database, which other instances
 * share, and its timer finds what a hint from another instance would have said.
 */
const holder = globalThis as typeof globalThis & { __fileRegistered?: EventEmitter };
const emitter = (holder.__fileRegistered ??= new EventEmitter());

export function signalFileRegistered(): void {
  emitter.emit("registered");
}

export function onFileRegistered(listener: () => void): () => void {
  emitter.on("registered", listener);
  return () => emitter.off("registered", listener);
}
