import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { auditLog, users } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { createUser } from "@/lib/actions/users/create-user-row";
import type * as passwordModule from "./password";
import { verifyPassword } from "./password";
import { SIGN_IN_THROTTLED_ACTION, signInWithPassword } from "./sign-in";
import { createSignInThrottle, SIGN_IN_LIMITS_TABLE } from "./sign-in-limiters";
import { SIGN_IN_LIMITS } from "./sign-in-limits";

// The real bcrypt, counted: a refused attempt must not reach it.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof passwordModule>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

const PASSWORD = "right-password-1";
const ACCOUNT_LIMIT = SIGN_IN_LIMITS.account.maxFailures;
const ADDRESS_LIMIT = SIGN_IN_LIMITS.address.maxFailures;

describe.each(testDatabaseKinds())("the sign-in throttle on $name", (kind) => {
  const handle = useTestDatabase(kind);
  let address = "";
  let addressCount = 0;

  beforeEach(async () => {
    await handle.db.delete(auditLog);
    await handle.db.delete(users);
    vi.mocked(verifyPassword).mockClear();
    // On PostgreSQL the counts live in the database, shared by the tests of this block.
    await handle.db.execute(
      sql.raw(
        `do $$ begin if to_regclass('${SIGN_IN_LIMITS_TABLE}') is not null then delete from ${SIGN_IN_LIMITS_TABLE}; end if; end $$`,
      ),
    );
    // Each test comes from its own address, so the address counts of earlier tests do not add up.
    address = `198.51.100.${++addressCount}`;
    const created = await createUser(handle.db, {
      email: "ops@example.com",
      name: "Ops",
      password: PASSWORD,
      role: "operator",
    });
    if (!created.ok) throw new Error(created.error.message);
  });

  it(`refuses the account for ${SIGN_IN_LIMITS.account.blockSeconds / 60} minutes at the ${ACCOUNT_LIMIT}th failure, without bcrypt, and audits it once`, async () => {
    const throttle = await createSignInThrottle(handle.db);
    const attempt = (password: string) =>
      signInWithPassword(handle.db, throttle, { email: "Ops@Example.com", password, address });
    for (let failure = 1; failure < ACCOUNT_LIMIT; failure += 1) {
      expect(await attempt("wrong")).toEqual({ ok: false, reason: "invalid" });
    }
    const blocked = await attempt("wrong");
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    expect(blocked.ok === false && blocked.reason === "throttled" ? blocked.retryAfterSeconds : 0).toBeGreaterThan(
      SIGN_IN_LIMITS.account.blockSeconds - 60,
    );
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(ACCOUNT_LIMIT);

    // Even the right password, and from another address: the account waits.
    expect(
      await signInWithPassword(handle.db, throttle, {
        email: "ops@example.com",
        password: PASSWORD,
        address: "192.0.2.1",
      }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt("wrong")).toMatchObject({ ok: false, reason: "throttled" });
    expect(vi.mocked(verifyPassword)).toHaveBeenCalledTimes(ACCOUNT_LIMIT);

    const entries = await handle.db.select().from(auditLog).where(eq(auditLog.action, SIGN_IN_THROTTLED_ACTION));
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: null,
        actorEmail: "ops@example.com",
        target: "account:ops@example.com",
        detail: expect.objectContaining({ scope: "account", address, failures: ACCOUNT_LIMIT }) as unknown,
      }),
    ]);
  });

  it("forgets an account's failures once the right password is given", async () => {
    const throttle = await createSignInThrottle(handle.db);
    const attempt = (password: string) =>
      signInWithPassword(handle.db, throttle, { email: "ops@example.com", password, address });
    for (let failure = 1; failure < ACCOUNT_LIMIT; failure += 1) await attempt("wrong");
    expect(await attempt(PASSWORD)).toMatchObject({ ok: true, user: { email: "ops@example.com" } });
    expect(await attempt("wrong")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`refuses an address that failed ${ADDRESS_LIMIT} times over many accounts, for any account`, async () => {
    const throttle = await createSignInThrottle(handle.db);
    for (let failure = 1; failure < ADDRESS_LIMIT; failure += 1) {
      expect(await throttle.recordFailure({ email: `guess-${failure}@example.com`, address })).toEqual({
        isBlocked: false,
      });
    }
    expect(await throttle.recordFailure({ email: "guess-last@example.com", address })).toMatchObject({
      isBlocked: true,
      scope: "address",
      startedBlocks: ["address"],
    });
    expect(
      await signInWithPassword(handle.db, throttle, { email: "ops@example.com", password: PASSWORD, address }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    expect(vi.mocked(verifyPassword)).not.toHaveBeenCalled();
    expect(
      await signInWithPassword(handle.db, throttle, {
        email: "ops@example.com",
        password: PASSWORD,
        address: "192.0.2.2",
      }),
    ).toMatchObject({ ok: true });
  });

  it.runIf(kind.name === "PostgreSQL")("counts one account's failures across two console instances", async () => {
    // A second instance: its own pool on the same database, as a second `next start` would have.
    const other = await openDatabase(handle.config);
    try {
      const [first, second] = [await createSignInThrottle(handle.db), await createSignInThrottle(other.db)];
      for (let failure = 1; failure < ACCOUNT_LIMIT; failure += 1) {
        const instance = failure % 2 === 0 ? first : second;
        await signInWithPassword(handle.db, instance, { email: "ops@example.com", password: "wrong", address });
      }
      expect(
        await signInWithPassword(other.db, second, { email: "ops@example.com", password: "wrong", address }),
      ).toMatchObject({ ok: false, reason: "throttled" });
      expect(
        await signInWithPassword(handle.db, first, { email: "ops@example.com", password: PASSWORD, address }),
      ).toMatchObject({ ok: false, reason: "throttled" });
      const rows = await handle.db.execute(sql.raw(`select key from ${SIGN_IN_LIMITS_TABLE}`));
      // Keys are hashes: the table holds no e-mail or address.
      expect(JSON.stringify(rows)).not.toContain("ops@example.com");
      expect(JSON.stringify(rows)).not.toContain(address);
    } finally {
      await other.close();
    }
  });
});
