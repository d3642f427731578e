/*
 * The lifecycle of a recorded stream (one source's recording of one stream key), in one place:
 *
 *   live ──► paused ──► live        the publisher left within its resume window and came back
 *     │        │
 *     └────────┴──► ending ──► ended   its files are being closed and handed on; then it is gone
 *
 * A stream starts `live` (a publish is being recorded) or `paused` (files a restart left open,
 * waiting for their stream). Every change of state goes through `moveTo`, so that a step that
 * would act on a stream in the wrong state (end a stream twice, resume one that is ending) fails
 * loudly instead of writing a second set of files.
 */

export type StreamState = "live" | "paused" | "ending" | "ended";

/** The states each state may move to. */
export const STREAM_TRANSITIONS: Readonly<Record<StreamState, readonly StreamState[]>> = {
  live: ["paused", "ending"],
  paused: ["live", "ending"],
  ending: ["ended"],
  ended: [],
};

export class IllegalStreamTransition extends Error {
  constructor(
    readonly from: StreamState,
    readonly to: StreamState,
    what: string,
  ) {
    super(`${what}: a recorded stream cannot go from ${from} to ${to}`);
  }
}

export const canMove = (from: StreamState, to: StreamState) => STREAM_TRANSITIONS[from].includes(to);

/** Moves `subject` to `to`, or throws IllegalStreamTransition (and leaves it as it was). */
export function moveTo(subject: { state: StreamState; key: string }, to: StreamState): void {
  if (!canMove(subject.state, to)) throw new IllegalStreamTransition(subject.state, to, subject.key);
  subject.state = to;
}

/** The stream still has files being recorded or waiting for their publisher. */
export const isOpen = (state: StreamState) => state === "live" || state === "paused";
