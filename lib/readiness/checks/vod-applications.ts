import { pickDefaultApplication, type VodApplication } from "@/lib/cloud/vod/vod-application";
import { msg } from "@/lib/i18n/message";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { commaList, sentences } from "../format";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine, ReadinessTarget } from "../types";

const K = "readiness.checks.vod";

/** Whether VOD refuses calls without SubAppId: SearchMedia without one answered the required-SubAppId error. */
export function interpretSubAppRequirement(requirement: ProbeOutcome<"required" | "optional">): ReadinessLine {
  const id = "vod.sub-app-id";
  if (!requirement.ok) {
    return {
      id,
      status: "not-checked",
      title: msg(`${K}.subAppNotChecked`),
      detail: whyUnread(requirement.failure, "vod:SearchMedia"),
    };
  }
  return requirement.value === "required"
    ? {
        id,
        status: "ok",
        title: msg(`${K}.requiredTitle`),
        detail: msg(`${K}.requiredDetail`),
      }
    : {
        id,
        status: "ok",
        title: msg(`${K}.optionalTitle`),
        detail: msg(`${K}.optionalDetail`),
      };
}

/** "1500000001 (main)", or "1500000002 (test, Off)" when VOD lists it as anything but On. */
const describeApp = (app: VodApplication) =>
  msg(`${K}.app`, { id: String(app.id), name: app.name, status: app.status });

/**
 * The account's VOD applications, and the one the console stores recordings' reads in: its own
 * choice for the app, else the account's default one (the oldest, lib/cloud/vod/vod-application.ts).
 */
export function interpretVodApplications(
  target: Pick<ReadinessTarget, "stored">,
  applications: ProbeOutcome<VodApplication[]>,
): ReadinessLine {
  const id = "vod.applications";
  if (!applications.ok) {
    return {
      id,
      status: "not-checked",
      title: msg(`${K}.notRead`),
      detail: whyUnread(applications.failure, "vod:DescribeSubAppIds"),
    };
  }
  const apps = applications.value;
  const fallback = pickDefaultApplication(apps);
  if (!fallback) {
    return {
      id,
      status: "blocking",
      title: msg(`${K}.noneTitle`),
      detail: msg(`${K}.noneDetail`),
      fixUrl: FIX_URLS.vodApplications,
    };
  }
  const listed = msg(`${K}.listed`, { apps: commaList(apps.map(describeApp)) });
  const chosen = target.stored?.defaultVodSubAppId ?? null;
  if (chosen !== null) {
    const app = apps.find((candidate) => candidate.id === chosen);
    if (!app || app.status === "Destroying" || app.status === "Destroyed") {
      return {
        id,
        status: "blocking",
        title: msg(`${K}.notAccountsTitle`, { id: String(chosen) }),
        detail: sentences(listed, msg(`${K}.chooseOne`)),
        fixUrl: FIX_URLS.vodApplications,
      };
    }
    return {
      id,
      status: app.status === "On" ? "ok" : "warning",
      title: msg(`${K}.title`, { app: describeApp(app) }),
      detail: sentences(listed, msg(`${K}.chosen`, { id: String(app.id), status: app.status })),
      ...(app.status === "On" ? {} : { fixUrl: FIX_URLS.vodApplications }),
    };
  }

  return {
    id,
    status: "ok",
    title: msg(`${K}.title`, { app: describeApp(fallback) }),
    detail: sentences(
      listed,
      msg(target.stored === null ? `${K}.defaultChoiceUnknown` : `${K}.defaultNoChoice`, { id: String(fallback.id) }),
    ),
  };
}

export const vodApplicationsCheck: ReadinessCheck = async ({ probes, target }) => [
  interpretSubAppRequirement(await probes.subAppRequirement()),
  interpretVodApplications(target, await probes.vodApplications()),
];
