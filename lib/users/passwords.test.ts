import { beforeEach, describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema";
import { testDatabaseKinds } from "@/lib/db/testing/test-databases";
import { useTestDatabase } from "@/lib/db/testing/use-test-database";
import { changeOwnPasswordSchema } from "@/lib/schemas/user";
import { changePassword } from "@/lib/actions/users/change-password";
import { createUser } from "@/lib/actions/users/create-user-row";
import { resetPassword } from "@/lib/actions/users/reset-password";
import { setUserDisabled } from "@/lib/actions/users/set-user-disabled-row";
import { verifyCredentials } from "@/lib/data/users/verify-credentials";

describe.each(testDatabaseKinds())("passwords on $name", (kind) => {
  const handle = useTestDatabase(kind);
  beforeEach(async () => {
    await handle.db.delete(users);
  });

  async function mustCreate(email: string, role: "viewer" | "admin") {
    const result = await createUser(handle.db, { email, name: email, password: "old-password", role });
    if (!result.ok) throw new Error(result.error.message);
    return result.data;
  }

  it("changes one's own password only with the current one", async () => {
    const viewer = await mustCreate("viewer@example.com", "viewer");
    expect(await changePassword(handle.db, viewer.id, "not-it", "new-password")).toEqual({
      ok: false,
      reason: "wrong-current-password",
    });
    expect(await verifyCredentials(handle.db, viewer.email, "old-password")).not.toBeNull();
    expect(await changePassword(handle.db, viewer.id, "old-password", "new-password")).toEqual({
      ok: true,
      email: "viewer@example.com",
    });
    expect(await verifyCredentials(handle.db, viewer.email, "old-password")).toBeNull();
    expect(await verifyCredentials(handle.db, viewer.email, "new-password")).toMatchObject({ id: viewer.id });
  });

  it("lets a disabled user change nothing", async () => {
    await mustCreate("root@example.com", "admin");
    const viewer = await mustCreate("viewer@example.com", "viewer");
    await setUserDisabled(handle.db, viewer.id, true);
    expect(await changePassword(handle.db, viewer.id, "old-password", "new-password")).toEqual({
      ok: false,
      reason: "no-such-user",
    });
  });

  it("resets another user's password to a generated one that works, but not one's own", async () => {
    const admin = await mustCreate("root@example.com", "admin");
    const viewer = await mustCreate("viewer@example.com", "viewer");
    const reset = await resetPassword(handle.db, viewer.id, admin.id);
    if (!reset.ok) throw new Error(reset.message);
    expect(reset.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await verifyCredentials(handle.db, viewer.email, reset.password)).toMatchObject({ id: viewer.id });
    expect(await verifyCredentials(handle.db, viewer.email, "old-password")).toBeNull();
    expect(await resetPassword(handle.db, admin.id, admin.id)).toMatchObject({ ok: false });
    expect(await resetPassword(handle.db, "00000000-0000-4000-8000-000000000000", admin.id)).toMatchObject({
      ok: false,
    });
  });
});

describe("changeOwnPasswordSchema", () => {
  it("wants the new password twice, new, and of a length bcrypt keeps whole", () => {
    const base = { currentPassword: "old-password", newPassword: "new-password", confirmPassword: "new-password" };
    expect(changeOwnPasswordSchema.safeParse(base).success).toBe(true);
    const issues = (values: object) =>
      changeOwnPasswordSchema.safeParse({ ...base, ...values }).error?.issues.map((issue) => issue.path.join("."));
    expect(issues({ confirmPassword: "other-password" })).toEqual(["confirmPassword"]);
    expect(issues({ newPassword: "old-password", confirmPassword: "old-password" })).toEqual(["newPassword"]);
    expect(issues({ newPassword: "short", confirmPassword: "short" })).toEqual(["newPassword"]);
    expect(issues({ newPassword: "x".repeat(73), confirmPassword: "x".repeat(73) })).toEqual(["newPassword"]);
  });
});
