import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@shared": fileURLToPath(new URL("shared", import.meta.url)),
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // server-only throws outside a React Server Components bundle; tests import lib/ directly.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,components,app,local-cloud,scripts,shared}/**/*.test.{ts,tsx}"],
    exclude: ["node_modules/**", ".next/**", ".data/**", "e2e/**"],
    environment: "node",
    pool: "forks",
    // Generous: a test waits for real events (see local-cloud/test/helpers/eventually.ts), and
    // the suite must pass on a machine busy with another job; this only stops a hung test.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
