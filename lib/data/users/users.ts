import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/data/users/list-users";
import type { UserDto } from "@/lib/users/types";

/** The console's users, without password hashes. */
export const listConsoleUsers = cache(async (): Promise<UserDto[]> => listUsers(await getDb()));
