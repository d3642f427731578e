import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  isRecordingPageHref,
  type ChecklistHref,
  type ChecklistItem,
  type ChecklistState,
  type RecordingPageHref,
} from "@/lib/data/overview/checklist";
import { getMessageText } from "@/lib/i18n/server-message-text";

const TITLE_ID = "checklist-title";

/** Each section page's link text (overview.checklist.links.*). */
const LINK_KEYS = {
  "/settings": "settings",
  "/callbacks": "callbacks",
  "/rooms": "rooms",
  "/recordings": "recordings",
} as const satisfies Record<Exclude<ChecklistHref, RecordingPageHref>, string>;

/** A link to one recording's page says so ("That recording"); the others name their section. */
const linkKeyOf = (href: ChecklistHref) => (isRecordingPageHref(href) ? "recording" : LINK_KEYS[href]);

const STATE_BADGES: Record<ChecklistState, "success" | "warning"> = {
  done: "success",
  todo: "warning",
};

/** Where a newcomer starts: what makes recording work for this app, each with where it is done. */
export async function ChecklistCard({ items, appName }: { items: readonly ChecklistItem[]; appName: string }) {
  const t = await getTranslations("overview.checklist");
  const messageText = await getMessageText();
  const doneCount = items.filter((item) => item.state === "done").length;
  return (
    <Card aria-labelledby={TITLE_ID} className="max-w-4xl">
      <CardHeader>
        <CardTitle id={TITLE_ID}>{t("title")}</CardTitle>
        <CardDescription>{t("description", { appName, done: doneCount, total: items.length })}</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="divide-y">
          {items.map((item) => (
            <li
              key={item.id}
              data-testid="checklist-item"
              data-item-id={item.id}
              data-state={item.state}
              className="flex gap-3 py-3"
            >
              <Badge variant={STATE_BADGES[item.state]} className="mt-0.5 h-fit w-24 shrink-0 justify-center">
                {t(`states.${item.state}`)}
              </Badge>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="text-sm font-medium">{t(`items.${item.id}`)}</p>
                <p className="text-sm break-words text-muted-foreground">{messageText(item.detail)}</p>
              </div>
              <Link href={item.href} className="shrink-0 text-sm text-primary underline">
                {t(`links.${linkKeyOf(item.href)}`)}
              </Link>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
