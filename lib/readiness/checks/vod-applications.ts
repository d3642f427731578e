import { pickDefaultApplication, type VodApplication } from "@/lib/cloud/vod/vod-application";
import type { ReadinessCheck } from "../check-context";
import { FIX_URLS } from "../fix-urls";
import { whyUnread, type ProbeOutcome } from "../probe-outcome";
import type { ReadinessLine, ReadinessTarget } from "../types";

/** Whether VOD refuses calls without SubAppId: SearchMedia without one answered the required-SubAppId error. */
export function interpretSubAppRequirement(requirement: ProbeOutcome<"required" | "optional">): ReadinessLine {
  const id = "vod.sub-app-id";
  if (!requirement.ok) {
    return {
      id,
      status: "not-checked",
      title: "Whether VOD requires a SubAppId was not checked",
      detail: whyUnread(requirement.failure, "vod:SearchMedia"),
    };
  }
  return requirement.value === "required"
    ? {
        id,
        status: "ok",
        title: "VOD requires a SubAppId on every call",
        detail:
          "A SearchMedia without SubAppId was refused, as VOD does for accounts opened on or after 2023-12-25 (the default application included). The console always sends one.",
      }
    : {
        id,
        status: "ok",
        title: "VOD does not require a SubAppId",
        detail:
          "A SearchMedia without SubAppId was answered (an account opened before 2023-12-25). The console sends one anyway.",
      };
}

const describeApp = (app: VodApplication) => `${app.id} (${app.name}${app.status === "On" ? "" : `, ${app.status}`})`;

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
      title: "VOD's applications were not read",
      detail: whyUnread(applications.failure, "vod:DescribeSubAppIds"),
    };
  }
  const apps = applications.value;
  const fallback = pickDefaultApplication(apps);
  if (!fallback) {
    return {
      id,
      status: "blocking",
      title: "VOD lists no application",
      detail:
        "Every VOD call must name an application, and DescribeSubAppIds lists none: activate VOD (it creates the default application) or create one in VOD's application management.",
      fixUrl: FIX_URLS.vodApplications,
    };
  }
  const listed = `VOD applications: ${apps.map(describeApp).join(", ")}.`;
  const chosen = target.stored?.defaultVodSubAppId ?? null;
  if (chosen !== null) {
    const app = apps.find((candidate) => candidate.id === chosen);
    if (!app || app.status === "Destroying" || app.status === "Destroyed") {
      return {
        id,
        status: "blocking",
        title: `The console's VOD application ${chosen} is not one of the account's`,
        detail: `${listed} Choose one of them under Applications.`,
        fixUrl: FIX_URLS.vodApplications,
      };
    }
    return {
      id,
      status: app.status === "On" ? "ok" : "warning",
      title: `VOD application ${describeApp(app)}`,
      detail: `${listed} The console names ${app.id}, chosen for this app${app.status === "On" ? "" : `, which VOD lists as ${app.status}: turn it on in VOD's application management`}.`,
      ...(app.status === "On" ? {} : { fixUrl: FIX_URLS.vodApplications }),
    };
  }
  const reason =
    target.stored === null
      ? "The console's stored choice is shown on the Overview card (this check could not read its database); without one it names"
      : "No application is chosen for this app, so the console names";
  return {
    id,
    status: "ok",
    title: `VOD application ${describeApp(fallback)}`,
    detail: `${listed} ${reason} the account's default one, ${fallback.id} (the oldest).`,
  };
}

export const vodApplicationsCheck: ReadinessCheck = async ({ probes, target }) => [
  interpretSubAppRequirement(await probes.subAppRequirement()),
  interpretVodApplications(target, await probes.vodApplications()),
];
