import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Node-only packages with their own files at run time (PGlite's WASM, the SDK's many modules):
  // loaded from node_modules rather than bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg", "tencentcloud-sdk-nodejs", "bcryptjs"],
};

export default nextConfig;
