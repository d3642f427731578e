import type { Role } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n/catalog";
import type { RecordingGeneration } from "@/lib/schemas/application";

export type NavLabelKey = keyof Messages["nav"];

export interface NavItem {
  href: string;
  labelKey: NavLabelKey;
  minimumRole: Role;
}

interface NavEntry {
  href: string;
  /** One label, or one per recording generation where the page shows different things. */
  labelKey: NavLabelKey | Record<RecordingGeneration, NavLabelKey>;
  minimumRole: Role;
}

const NAV_ENTRIES: NavEntry[] = [
  { href: "/", labelKey: "overview", minimumRole: "viewer" },
  { href: "/rooms", labelKey: "rooms", minimumRole: "viewer" },
  { href: "/recordings", labelKey: "recordings", minimumRole: "viewer" },
  // Legacy apps start MCU mixes here; cloud-recording apps start tasks (and relay-only mixes).
  {
    href: "/recordings/tasks",
    labelKey: { legacy: "mixedRecordings", cloud: "recordingTasks" },
    minimumRole: "viewer",
  },
  { href: "/callbacks", labelKey: "callbacks", minimumRole: "viewer" },
  { href: "/health", labelKey: "health", minimumRole: "viewer" },
  { href: "/costs", labelKey: "costs", minimumRole: "viewer" },
  { href: "/settings", labelKey: "settings", minimumRole: "viewer" },
  { href: "/users", labelKey: "users", minimumRole: "admin" },
  { href: "/applications", labelKey: "applications", minimumRole: "admin" },
];

/** The sidebar's links for the selected application's recording generation. */
export function navItemsFor(generation: RecordingGeneration): NavItem[] {
  return NAV_ENTRIES.map((entry) => ({
    href: entry.href,
    minimumRole: entry.minimumRole,
    labelKey: typeof entry.labelKey === "string" ? entry.labelKey : entry.labelKey[generation],
  }));
}

/**
 * The one link that is the current page: the longest href the path is at or under, so
 * /recordings/tasks marks "Recording tasks" and not "Recordings" as well.
 */
export function activeHref(items: readonly Pick<NavItem, "href">[], pathname: string): string | null {
  let best: string | null = null;
  for (const { href } of items) {
    const matches = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}
