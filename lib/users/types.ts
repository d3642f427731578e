import type { Role } from "@/lib/auth/roles";
import type { UserRow } from "@/lib/db/schema";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** Who is signed in, as the server checks it on every request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language they chose; null: the browser's. */
  locale: Locale | null;
}

/** A user as the users page shows it: never the password hash. */
export interface UserDto extends Omit<SessionUser, "locale"> {
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
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: isLocale(row.locale) ? row.locale : null,
  };
}
