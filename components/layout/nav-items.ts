import type { Role } from "@/lib/auth/roles";
import type { RecordingGeneration } from "@/lib/schemas/application";

export interface NavItem {
  href: string;
  label: string;
  minimumRole: Role;
}

interface NavEntry {
  href: string;
  /** One label, or one per recording generation where the page shows different things. */
  label: string | Record<RecordingGeneration, string>;
  minimumRole: Role;
}

const NAV_ENTRIES: NavEntry[] = [
  { href: "/", label: "Overview", minimumRole: "viewer" },
  { href: "/rooms", label: "Rooms", minimumRole: "viewer" },
  { href: "/recordings", label: "Recordings", minimumRole: "viewer" },
  // Legacy apps start MCU mixes here; cloud-recording apps start tasks (and relay-only mixes).
  { href: "/recordings/tasks", label: { legacy: "Mixed recordings", cloud: "Recording tasks" }, minimumRole: "viewer" },
  { href: "/callbacks", label: "Callbacks", minimumRole: "viewer" },
  { href: "/health", label: "Health", minimumRole: "viewer" },
  { href: "/costs", label: "Costs", minimumRole: "viewer" },
  { href: "/settings", label: "Settings", minimumRole: "viewer" },
  { href: "/users", label: "Users", minimumRole: "admin" },
  { href: "/applications", label: "Applications", minimumRole: "admin" },
];

/** The sidebar's links for the selected application's recording generation. */
export function navItemsFor(generation: RecordingGeneration): NavItem[] {
  return NAV_ENTRIES.map((entry) => ({
    href: entry.href,
    minimumRole: entry.minimumRole,
    label: typeof entry.label === "string" ? entry.label : entry.label[generation],
  }));
}
