import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The throttle key of the address a server action's request came from (see clientAddress). */
export async function requestAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"));
}
