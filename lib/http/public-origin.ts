import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The console's address as the outside world reaches it: NEXTAUTH_URL, else the request's host. */
export async function publicOrigin(): Promise<string> {
  if (env.auth.url) return new URL(env.auth.url).origin;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "127.0.0.1:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
