import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  minimumRole: Role;
}

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Overview", minimumRole: "viewer" },
  { href: "/rooms", label: "Rooms", minimumRole: "viewer" },
  { href: "/recordings", label: "Recordings", minimumRole: "viewer" },
  { href: "/recordings/tasks", label: "Recording tasks", minimumRole: "viewer" },
  { href: "/callbacks", label: "Callbacks", minimumRole: "viewer" },
  { href: "/costs", label: "Costs", minimumRole: "viewer" },
  { href: "/settings", label: "Settings", minimumRole: "viewer" },
  { href: "/users", label: "Users", minimumRole: "admin" },
  { href: "/applications", label: "Applications", minimumRole: "admin" },
];
