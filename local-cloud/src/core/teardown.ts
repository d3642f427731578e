/** Cleanups registered while starting, run in reverse order at close (or when start fails half-way). */
export class Teardown {
  private readonly steps: Array<{ label: string; run: () => Promise<void> | void }> = [];
  private running: Promise<void> | undefined;

  constructor(private readonly onError: (label: string, error: unknown) => void) {}

  add(label: string, run: () => Promise<void> | void): void {
    this.steps.push({ label, run });
  }

  /** Idempotent: later calls wait for the first. A failing step does not stop the others. */
  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        try {
          await step.run();
        } catch (error) {
          this.onError(step.label, error);
        }
      }
    })();
    return this.running;
  }
}
