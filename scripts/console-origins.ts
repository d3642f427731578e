/**
 * The origins a browser shows the console under when the launcher starts it, for the local
 * cloud's CORS (LOCAL_CLOUD_CONSOLE_ORIGIN): its public URL (NEXTAUTH_URL) and the address it
 * binds, by both loopback names when it binds loopback or every address.
 */
export function consoleOrigins(options: { host: string; port: string; publicUrl?: string }): string[] {
  const origins = new Set<string>();
  if (options.publicUrl) {
    try {
      origins.add(new URL(options.publicUrl).origin);
    } catch {
      // lib/env refuses a bad NEXTAUTH_URL with its own message; the bound address still applies.
    }
  }
  const isLoopback = ["127.0.0.1", "localhost", "0.0.0.0", "::", "::1"].includes(options.host);
  const hosts = isLoopback ? ["127.0.0.1", "localhost"] : [options.host];
  for (const host of hosts)
    origins.add(new URL(`http://${host.includes(":") ? `[${host}]` : host}:${options.port}`).origin);
  return [...origins];
}
