import { createServer } from "node:net";

/**
 * A TCP port that is free on `host` right now, found by letting the OS pick one. Another process
 * could take it before we bind it; acceptable for a local stand-in and for tests.
 */
export function findFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("The OS did not assign a port"))));
    });
  });
}
