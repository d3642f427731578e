const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Throws unless the URL points at this machine, so the e2e run can never touch a real cloud. */
export function assertLocalEndpoint(url: string): void {
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname)) {
    throw new Error(`Refusing to run end-to-end tests against ${url}: only a local cloud on this machine is allowed.`);
  }
  if (process.env.TENCENTCLOUD_SECRET_ID) {
    console.warn("TENCENTCLOUD_SECRET_ID is set in this shell; the e2e servers run without it, in local mode.");
  }
}
