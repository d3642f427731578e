import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import { hasRole } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/users/types";
import { ApplicationSwitcher } from "./application-switcher";
import { LanguageSwitch } from "./language-switch";
import { navItemsFor } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";
import { SignOutButton } from "./sign-out-button";

export async function AppSidebar({
  user,
  applications,
  currentSdkAppId,
}: {
  user: SessionUser;
  applications: ApplicationSummary[];
  currentSdkAppId: number;
}) {
  const generation = applications.find((application) => application.sdkAppId === currentSdkAppId)?.generation;
  const t = await getTranslations("common");
  const items = navItemsFor(generation ?? "legacy").filter((item) => hasRole(user.role, item.minimumRole));
  return (
    <aside className="flex w-56 shrink-0 flex-col gap-6 bg-sidebar p-4 text-sidebar-foreground">
      <div className="px-3 pt-1">
        <p className="text-sm font-semibold">{t("sidebarTitle")}</p>
        <p className="text-xs text-sidebar-muted">{t("sidebarSubtitle")}</p>
      </div>
      <ApplicationSwitcher applications={applications} currentSdkAppId={currentSdkAppId} />
      <SidebarNav items={items} />
      <div className="mt-auto flex flex-col gap-2 border-t border-sidebar-accent pt-4">
        <div className="px-3">
          <p className="truncate text-sm" title={user.email}>
            {user.email}
          </p>
          <p className="text-xs text-sidebar-muted" data-testid="current-role">
            {t(`roles.${user.role}`)}
          </p>
          <Link href="/users/me" className="text-xs text-sidebar-muted underline-offset-2 hover:underline">
            {t("yourAccount")}
          </Link>
        </div>
        <LanguageSwitch />
        <SignOutButton />
      </div>
    </aside>
  );
}
