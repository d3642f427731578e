import "server-only";
import { asc } from "drizzle-orm";
import type { Db } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import { toUserDto, type UserDto } from "@/lib/users/types";

export async function listUsers(db: Db): Promise<UserDto[]> {
  const rows = await db.select().from(users).orderBy(asc(users.createdAt), asc(users.email));
  return rows.map(toUserDto);
}
