"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useToast } from "@/components/ui/toaster";
import { selectApplication } from "@/lib/actions/applications/select-application";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";

/** Which TRTC application every page works on. */
export function ApplicationSwitcher({
  applications,
  currentSdkAppId,
}: {
  applications: ApplicationSummary[];
  currentSdkAppId: number;
}) {
  const t = useTranslations("applications");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const toast = useToast();
  const [isPending, startTransition] = useTransition();
  const current = applications.find((application) => application.sdkAppId === currentSdkAppId);

  function select(value: string) {
    startTransition(async () => {
      const result = await selectApplication({ sdkAppId: Number(value) });
      if (!result.ok) toast.error(result.error.message);
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-1 px-3">
      <label htmlFor="application-switcher" className="text-xs text-sidebar-muted">
        {tCommon("application")}
      </label>
      <select
        id="application-switcher"
        value={String(currentSdkAppId)}
        disabled={isPending || applications.length < 2}
        onChange={(event) => select(event.target.value)}
        className="h-8 rounded-md border border-sidebar-accent bg-sidebar px-2 text-sm text-sidebar-foreground disabled:opacity-80"
      >
        {applications.map((application) => (
          <option key={application.sdkAppId} value={String(application.sdkAppId)}>
            {application.name.includes(String(application.sdkAppId))
              ? application.name
              : `${application.name} · ${application.sdkAppId}`}
          </option>
        ))}
      </select>
      {current ? (
        <p className="text-xs text-sidebar-muted" data-testid="current-generation">
          {t(`generations.${current.generation}`)}
        </p>
      ) : null}
    </div>
  );
}
