import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "../core/logger";
import type { CallbackSigning, CallbackSink } from "../recording/contracts";
import { cssSchedule, scheduleFor, trtcSchedule, type DeliverySchedule } from "./delivery-schedule";
import { signDelivery } from "./sign-delivery";

export interface OutboxOptions {
  db: PGlite;
  logger: Logger;
  /** Between attempts of CSS events; Tencent documents one minute. Tests use a few milliseconds. */
  retryIntervalMs: number;
  /** A receiver of CSS events that has not answered by then counts as failed (Tencent waits ~20 s). */
  timeoutMs?: number;
  /** Tries of a CSS event (12, Tencent's schedule). */
  maxAttempts?: number;
  /** TRTC events' schedule (5 s, immediate retry, every 10 s for a minute); tests shorten it. */
  trtc?: { retryIntervalMs?: number; maxAgeMs?: number; timeoutMs?: number };
  /** How often the loop looks for due deliveries besides being woken by an enqueue. */
  pollIntervalMs?: number;
}

interface OutboxRow {
  id: number;
  event_key: string;
  url: string;
  body: Record<string, unknown>;
  signing: CallbackSigning;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  last_status_code: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

/** What `/_local/callbacks` shows of a delivery: never the key. */
export interface DeliveryView {
  id: number;
  url: string;
  eventKey: string;
  eventType: unknown;
  status: OutboxRow["status"];
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  body: Record<string, unknown>;
}

/** CSS's schedule: up to 12 tries a minute apart (reference §4.3); TRTC's is in delivery-schedule.ts. */
export const DEFAULT_MAX_ATTEMPTS = 12;
export const DEFAULT_RETRY_INTERVAL_MS = 60_000;
const CONCURRENCY = 4;

/**
 * Delivers callbacks at least once: persisted at enqueue, POSTed by a loop with bounded
 * concurrency, retried on no answer or a non-2xx status on the schedule of the cloud that sends
 * them (CSS's or TRTC's), and resumed after a restart.
 */
export class CallbackOutbox implements CallbackSink {
  private readonly inFlight = new Map<number, AbortController>();
  private timer: NodeJS.Timeout | undefined;
  private isStopped = false;
  private pass: Promise<void> = Promise.resolve();
  private readonly schedules: { css: DeliverySchedule; trtc: DeliverySchedule };

  constructor(private readonly options: OutboxOptions) {
    this.schedules = {
      css: cssSchedule({
        retryIntervalMs: options.retryIntervalMs,
        maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        timeoutMs: options.timeoutMs,
      }),
      trtc: trtcSchedule(options.trtc),
    };
  }

  start(): void {
    this.isStopped = false;
    const shortestRetryMs = Math.min(this.options.retryIntervalMs, this.options.trtc?.retryIntervalMs ?? 1000);
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? Math.min(1000, shortestRetryMs));
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearInterval(this.timer);
    for (const controller of this.inFlight.values()) controller.abort();
    await this.pass;
  }

  async enqueue(delivery: {
    url: string;
    body: Record<string, unknown>;
    signing: CallbackSigning;
    eventKey: string;
  }): Promise<void> {
    await this.options.db.query(
      "insert into callbacks_outbox (event_key, url, body, signing) values ($1, $2, $3, $4) on conflict (event_key) do nothing",
      [delivery.eventKey, delivery.url, delivery.body, delivery.signing],
    );
    this.wake();
  }

  /** Runs one pass over due deliveries unless one is running; a pass already queued covers this wake. */
  private wake(): void {
    if (this.isStopped) return;
    this.pass = this.pass
      .then(() => this.deliverDue())
      .catch((error: unknown) => this.options.logger.error(`callbacks: ${String(error)}`));
  }

  private async deliverDue(): Promise<void> {
    if (this.isStopped) return;
    const due = await this.options.db.query<OutboxRow>(
      `select * from callbacks_outbox where status = 'pending' and next_attempt_at <= now() order by id limit ${CONCURRENCY * 4}`,
    );
    await this.attemptAll(due.rows.filter((row) => !this.inFlight.has(row.id)));
  }

  private async attemptAll(queue: OutboxRow[]): Promise<void> {
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      for (let row = queue.shift(); row && !this.isStopped; row = queue.shift()) await this.attempt(row);
    });
    await Promise.all(workers);
  }

  private async attempt(row: OutboxRow): Promise<void> {
    const controller = new AbortController();
    this.inFlight.set(row.id, controller);
    const schedule = scheduleFor(row.signing, this.schedules);
    const timeout = setTimeout(() => controller.abort(), schedule.timeoutMs);
    const signed = signDelivery(row.body, row.signing, Date.now());
    let statusCode: number | null = null;
    let problem: string | null = null;
    try {
      const response = await fetch(row.url, {
        method: "POST",
        headers: signed.headers,
        body: signed.body,
        signal: controller.signal,
      });
      statusCode = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) problem = `HTTP ${response.status}`;
    } catch (error) {
      problem = this.isStopped
        ? null
        : error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(row.id);
    }
    // Stopped mid-request: leave it pending for the next start, without counting the attempt.
    if (this.isStopped && problem === null && statusCode === null) return;
    await this.record(row, schedule, statusCode, problem);
  }

  private async record(
    row: OutboxRow,
    schedule: DeliverySchedule,
    statusCode: number | null,
    problem: string | null,
  ): Promise<void> {
    const attempts = row.attempts + 1;
    if (problem === null) {
      await this.options.db.query(
        "update callbacks_outbox set status = 'delivered', attempts = $2, last_status_code = $3, last_error = null, delivered_at = now() where id = $1",
        [row.id, attempts, statusCode],
      );
      return;
    }
    const nextAttemptAt = schedule.nextAttemptAt(attempts, row.created_at.getTime(), Date.now());
    const isLast = nextAttemptAt === null;
    await this.options.db.query(
      `update callbacks_outbox set status = $2, attempts = $3, last_status_code = $4, last_error = $5,
         next_attempt_at = coalesce($6::timestamptz, next_attempt_at) where id = $1`,
      [row.id, isLast ? "failed" : "pending", attempts, statusCode, problem, isLast ? null : new Date(nextAttemptAt)],
    );
    // An immediate retry (TRTC's second try) is not left for the next poll.
    if (!isLast && nextAttemptAt <= Date.now()) this.wake();
    this.options.logger.warn(
      `callbacks: ${row.url} attempt ${attempts} failed (${problem})${isLast ? "; giving up" : ""}`,
    );
  }

  async list(): Promise<DeliveryView[]> {
    const rows = await this.options.db.query<OutboxRow>("select * from callbacks_outbox order by id desc limit 500");
    return rows.rows.map((row) => ({
      id: row.id,
      url: row.url,
      eventKey: row.event_key,
      eventType: row.body.event_type ?? row.body.EventType ?? null,
      status: row.status,
      attempts: row.attempts,
      lastStatusCode: row.last_status_code,
      lastError: row.last_error,
      createdAt: row.created_at.toISOString(),
      deliveredAt: row.delivered_at?.toISOString() ?? null,
      body: row.body,
    }));
  }

  /**
   * Forgets every delivery, after one try now of each still pending: a reset ends rooms and
   * recordings, and the receiver must still hear the 104s, 102s and file events it queued.
   */
  async reset(): Promise<void> {
    const run = this.pass.then(() => this.deliverPendingOnce());
    this.pass = run.catch((error: unknown) => this.options.logger.error(`callbacks: ${String(error)}`));
    await run;
    await this.options.db.query("delete from callbacks_outbox");
  }

  private async deliverPendingOnce(): Promise<void> {
    const pending = await this.options.db.query<OutboxRow>(
      "select * from callbacks_outbox where status = 'pending' order by id",
    );
    await this.attemptAll(pending.rows.filter((row) => !this.inFlight.has(row.id)));
  }
}
