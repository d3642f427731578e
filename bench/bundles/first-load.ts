import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

/** One page route of an App Router build and the JavaScript files its first HTML response loads. */
export type RouteChunks = {
  /** The URL path, route groups removed: `/rooms/[roomId]`. */
  route: string;
  /** Paths relative to the build directory (`static/chunks/….js`), each once. */
  chunks: string[];
  /**
   * What the page's `next/dynamic` components load on top, when they render (their chunks are
   * preloaded by the HTML that renders them): not first-load, but reported beside it.
   */
  dynamicChunks: string[];
};

type BuildManifest = { rootMainFiles?: string[] };
type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };
type LoadableManifest = Record<string, { files?: string[] }>;

function walk(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

/** `/(console)/rooms/[roomId]/page` → `/rooms/[roomId]`. */
function routeOf(manifestKey: string): string {
  const segments = manifestKey
    .split("/")
    .filter((segment) => segment !== "" && segment !== "page" && !/^\(.+\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/** Next writes it next to the page's client reference manifest, under `page/`, when it has any. */
function readDynamicChunks(clientManifestFile: string): string[] {
  const file = path.join(path.dirname(clientManifestFile), "page", "react-loadable-manifest.json");
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, "utf8")) as LoadableManifest;
  return [...new Set(Object.values(manifest).flatMap((entry) => entry.files ?? []))];
}

/**
 * The manifest is a script that assigns to `globalThis.__RSC_MANIFEST[key]` rather than JSON, so it
 * is run in an empty context of its own: nothing it does reaches this process.
 */
function readClientReferenceManifest(file: string): Array<[string, ClientReferenceManifest]> {
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: file, timeout: 1000 });
  return Object.entries(sandbox.__RSC_MANIFEST ?? {});
}

/**
 * What each page's first load fetches, read from a Turbopack build (Next 16 prints no sizes):
 * the framework's `rootMainFiles` (build-manifest.json, on every page) and, from the page's client
 * reference manifest, the `entryJSFiles` of every segment it renders (root layout, group layouts,
 * the page, the built-in global error), which are the `<script>` tags of its HTML. Chunks loaded
 * later with `import()` or `next/dynamic` are not among them. The polyfill file is left out: it is
 * `nomodule`, which no browser the console supports fetches.
 */
export function readRouteChunks(buildDir: string): RouteChunks[] {
  const buildManifest = JSON.parse(readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as BuildManifest;
  const rootMainFiles = buildManifest.rootMainFiles ?? [];
  const routes: RouteChunks[] = [];
  for (const file of walk(path.join(buildDir, "server", "app"))) {
    for (const [key, manifest] of readClientReferenceManifest(file)) {
      const chunks = new Set(rootMainFiles);
      for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of files) chunks.add(chunk);
      const dynamicChunks = readDynamicChunks(file).filter((chunk) => !chunks.has(chunk));
      routes.push({ route: routeOf(key), chunks: [...chunks], dynamicChunks });
    }
  }
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

/** Bytes of a file once gzipped at level 9 (what a CDN's static gzip would send), memoized by path. */
export function gzipSizer(buildDir: string): (chunk: string) => number {
  const sizes = new Map<string, number>();
  return (chunk) => {
    let size = sizes.get(chunk);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(buildDir, chunk)), { level: 9 }).length;
      sizes.set(chunk, size);
    }
    return size;
  };
}
