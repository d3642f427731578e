import { describe, expect, it } from "vitest";
import { messageText } from "@/lib/i18n/message-text";
import { changeUserRoleSchema, createUserSchema, loginSchema } from "./user";

describe("user schemas", () => {
  it("normalises e-mails to trimmed lower case", () => {
    expect(loginSchema.parse({ email: "  Ops@Example.COM ", password: "x" }).email).toBe("ops@example.com");
  });

  it("names what is wrong with a new user", () => {
    const result = createUserSchema.safeParse({ email: "nope", name: "", password: "short", role: "root" });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => [issue.path.join("."), messageText(issue.message)]);
    expect(fields).toEqual([
      ["email", "Enter an e-mail address such as ops@example.com."],
      ["name", "Enter a name."],
      ["password", "A password has at least 8 characters."],
      ["role", "Choose a role: viewer, operator, admin."],
    ]);
  });

  it("refuses passwords bcrypt would truncate", () => {
    const result = createUserSchema.safeParse({ email: "a@b.co", name: "A", password: "x".repeat(73), role: "viewer" });
    expect(messageText(result.error?.issues[0]?.message ?? "")).toBe("A password has at most 72 characters.");
  });

  it("wants a real user id", () => {
    expect(changeUserRoleSchema.safeParse({ userId: "1", role: "admin" }).success).toBe(false);
  });
});
