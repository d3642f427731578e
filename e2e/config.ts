/**
 * Where the end-to-end run's own servers listen: ports and data dirs of their own, so a
 * developer's `npm run dev` (4566/1935/3000, .data/console) is neither used nor disturbed.
 */
export const E2E = {
  consolePort: 3100,
  localCloudPort: 4576,
  localCloudRtmpPort: 1945,
  consoleDataDir: ".data/e2e/console",
  localCloudDataDir: ".data/e2e/local-cloud",
  admin: { email: "admin@e2e.test", password: "e2e-admin-password" },
  operator: { email: "operator@e2e.test", password: "e2e-operator-password" },
  viewer: { email: "viewer@e2e.test", password: "e2e-viewer-password" },
  authSecret: "e2e-only-nextauth-secret-0123456789",
  /** The console's TRTC callback key (TRTC_CALLBACK_KEY), which auth.setup gives the local cloud too. */
  trtcCallbackKey: "e2eTrtcCallbackKey0123456789abcd",
  /** The local cloud's LOCAL_CLOUD_CONTROL_SECRET: the specs' resets and account changes carry it. */
  localCloudControlSecret: "e2e-only-local-cloud-control-secret-0123456789",
} as const;

export const consoleUrl = `http://127.0.0.1:${E2E.consolePort}`;
export const localCloudUrl = `http://127.0.0.1:${E2E.localCloudPort}`;

export const storageStatePath = (role: "admin" | "operator" | "viewer") => `playwright/.auth/${role}.json`;
