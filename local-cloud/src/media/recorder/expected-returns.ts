/**
 * How long a stream whose publisher announced its return (a mixer re-laying out its picture) may
 * take to come back before its files end anyway, whatever the template's resume window.
 */
export const EXPECTED_RETURN_MS = 20_000;

/** A publisher's word that its stream comes back; `isWithdrawn` once it has said it will not. */
export interface ExpectedReturn {
  readonly streamKey: string;
  readonly byMs: number;
  isWithdrawn: boolean;
}

/** The time a stream still waits for `expected`: 0 once it is withdrawn or overdue. */
export const remainingMs = (expected: ExpectedReturn | undefined, nowMs: number) =>
  expected && !expected.isWithdrawn ? Math.max(expected.byMs - nowMs, 0) : 0;

/**
 * Announced returns by stream key. An announcement covers one absence of the stream: it is
 * consumed when the stream is published again, and withdrawn when its publisher stops for good
 * (a mix stopped), so that the end of the stream after that is a plain end and no one waits for
 * a return that is not coming.
 */
export class ExpectedReturns {
  private readonly pending = new Map<string, ExpectedReturn>();

  expect(streamKey: string, nowMs = Date.now()): ExpectedReturn {
    const expected: ExpectedReturn = { streamKey, byMs: nowMs + EXPECTED_RETURN_MS, isWithdrawn: false };
    this.pending.set(streamKey, expected);
    return expected;
  }

  /** The announcement standing for `streamKey`, if any. */
  of(streamKey: string): ExpectedReturn | undefined {
    return this.pending.get(streamKey);
  }

  /** The stream is back: whoever waited for it keeps its announcement, later ends do not see it. */
  consume(streamKey: string): void {
    this.pending.delete(streamKey);
  }

  /** The publisher is not coming back: returns the announcement it withdrew, now marked so. */
  withdraw(streamKey: string): ExpectedReturn | undefined {
    const expected = this.pending.get(streamKey);
    this.pending.delete(streamKey);
    if (expected) expected.isWithdrawn = true;
    return expected;
  }
}
