import { messageText } from "@/lib/i18n/message-text";
import { beforeEach, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/actions/audit/record-audit";
import { auditLog, users } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { changeUserRole } from "@/lib/actions/users/change-user-role-row";
import { createUser } from "@/lib/actions/users/create-user-row";
import { ensureFirstAdmin, LOCAL_DEFAULT_ADMIN_EMAIL } from "@/lib/actions/users/ensure-first-admin";
import { getActiveUser } from "@/lib/data/users/get-active-user";
import { listUsers } from "@/lib/data/users/list-users";
import { setUserDisabled } from "@/lib/actions/users/set-user-disabled-row";
import { verifyCredentials } from "@/lib/data/users/verify-credentials";

describe.each(testDatabaseKinds())("users on $name", (kind) => {
  const handle = useTestDatabase(kind);
  beforeEach(async () => {
    await handle.db.delete(auditLog);
    await handle.db.delete(users);
  });

  async function mustCreate(email: string, role: "viewer" | "operator" | "admin") {
    const result = await createUser(handle.db, {
      email,
      name: email.split("@")[0] ?? email,
      password: "password-123",
      role,
    });
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  }

  it("signs in with the right password only, whatever the e-mail's letter case", async () => {
    const created = await mustCreate("Ops@Example.com", "operator");
    expect(created.email).toBe("ops@example.com");
    expect(await verifyCredentials(handle.db, "OPS@example.com", "password-123")).toMatchObject({
      id: created.id,
      role: "operator",
    });
    expect(await verifyCredentials(handle.db, "ops@example.com", "wrong-password")).toBeNull();
    expect(await verifyCredentials(handle.db, "nobody@example.com", "password-123")).toBeNull();
  });

  it("refuses a taken e-mail with a message", async () => {
    await mustCreate("dup@example.com", "viewer");
    const again = await createUser(handle.db, {
      email: "DUP@example.com",
      name: "Dup",
      password: "password-456",
      role: "admin",
    });
    expect(again.ok).toBe(false);
    expect(messageText(again.ok ? "" : again.error.message)).toContain("already exists");
    expect(await listUsers(handle.db)).toHaveLength(1);
  });

  it("shuts a disabled user out at once and lets them back when re-enabled", async () => {
    await mustCreate("root@example.com", "admin");
    const viewer = await mustCreate("viewer@example.com", "viewer");
    expect((await setUserDisabled(handle.db, viewer.id, true)).ok).toBe(true);
    expect(await getActiveUser(handle.db, viewer.id)).toBeNull();
    expect(await verifyCredentials(handle.db, "viewer@example.com", "password-123")).toBeNull();
    expect((await listUsers(handle.db)).find((user) => user.id === viewer.id)?.disabled).toBe(true);
    expect((await setUserDisabled(handle.db, viewer.id, false)).ok).toBe(true);
    expect(await getActiveUser(handle.db, viewer.id)).toMatchObject({ email: "viewer@example.com" });
  });

  it("never leaves the console without an active admin", async () => {
    const admin = await mustCreate("root@example.com", "admin");
    expect(await changeUserRole(handle.db, admin.id, "viewer")).toMatchObject({ ok: false });
    expect(await setUserDisabled(handle.db, admin.id, true)).toMatchObject({ ok: false });
    const second = await mustCreate("second@example.com", "operator");
    expect(await changeUserRole(handle.db, second.id, "admin")).toMatchObject({ ok: true, data: { role: "admin" } });
    expect(await changeUserRole(handle.db, admin.id, "viewer")).toMatchObject({ ok: true, data: { role: "viewer" } });
    expect(await getActiveUser(handle.db, admin.id)).toMatchObject({ role: "viewer" });
  });

  it("ignores session ids that are not user ids", async () => {
    expect(await getActiveUser(handle.db, "not-a-uuid")).toBeNull();
    expect(await getActiveUser(handle.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("creates the first admin from ADMIN_* once, and never again", async () => {
    const firstAdmin = { email: "boss@example.com", password: "boss-password" };
    expect(await ensureFirstAdmin(handle.db, { firstAdmin, isLocalMode: false })).toEqual({
      created: true,
      email: "boss@example.com",
      generatedPassword: undefined,
    });
    expect(await ensureFirstAdmin(handle.db, { firstAdmin, isLocalMode: false })).toEqual({ created: false });
    expect(await verifyCredentials(handle.db, "boss@example.com", "boss-password")).toMatchObject({ role: "admin" });
  });

  it("in local mode with no ADMIN_*, creates admin@example.com with a generated password that works", async () => {
    const result = await ensureFirstAdmin(handle.db, { firstAdmin: undefined, isLocalMode: true });
    if (!result.created || !result.generatedPassword) throw new Error("expected a generated admin");
    expect(result.email).toBe(LOCAL_DEFAULT_ADMIN_EMAIL);
    expect(await verifyCredentials(handle.db, LOCAL_DEFAULT_ADMIN_EMAIL, result.generatedPassword)).toMatchObject({
      role: "admin",
    });
  });

  it("creates nobody against Tencent Cloud without ADMIN_*", async () => {
    expect(await ensureFirstAdmin(handle.db, { firstAdmin: undefined, isLocalMode: false })).toEqual({
      created: false,
    });
    expect(await listUsers(handle.db)).toEqual([]);
  });

  it("records who did what in the audit log", async () => {
    const admin = await mustCreate("root@example.com", "admin");
    await recordAudit(handle.db, {
      actor: { id: admin.id, email: admin.email },
      action: "user.create",
      target: "user:x",
      detail: { role: "viewer" },
    });
    const entries = await handle.db.select().from(auditLog);
    expect(entries).toEqual([
      expect.objectContaining({
        actorUserId: admin.id,
        actorEmail: "root@example.com",
        action: "user.create",
        detail: { role: "viewer" },
      }),
    ]);
  });
});
