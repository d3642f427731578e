import type { Role } from "@/lib/auth/roles";
import type { UserRow } from "@/lib/db/schema";

/** Who is signed in, as the server checks it on every request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** A user as the users page shows it: never the password hash. */
export interface UserDto extends SessionUser {
  disabled: boolean;
  createdAt: string;
}

export type UserResult = { ok: true; data: UserDto } | { ok: false; error: { message: string } };

export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}
