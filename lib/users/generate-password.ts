import { randomBytes } from "node:crypto";

/** 16 URL-safe characters (96 random bits): for a first admin or a reset, shown once to an admin. */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}
