"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { updateApplication } from "@/lib/actions/applications/update-application";
import type { PushDomainLookup } from "@/lib/data/applications/find-push-domain";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import type { UpdateApplicationInput } from "@/lib/schemas/application";
import { GenerationField } from "./generation-field";
import { PushDomainField } from "./push-domain-field";

type FieldName = keyof UpdateApplicationInput;
const FIELD_NAMES: readonly FieldName[] = [
  "name",
  "generation",
  "pushDomain",
  "defaultVodSubAppId",
  "mediaDomainHttps",
  "mediaHotlinkKey",
];

/**
 * An admin's edit of one application: what the console cannot read from the cloud (its recording
 * generation, which push domain TRTC relays to) and how its VOD media is served.
 */
export function EditApplicationForm({
  application,
  pushDomains,
}: {
  application: ApplicationSummary;
  pushDomains: PushDomainLookup;
}) {
  const toast = useToast();
  const router = useRouter();
  const form = useForm<UpdateApplicationInput>({
    resolver: lazyZodResolver(() =>
      import("@/lib/schemas/application").then((schemas) => schemas.updateApplicationSchema),
    ),
    defaultValues: {
      sdkAppId: application.sdkAppId,
      name: application.name,
      generation: application.generation,
      pushDomain: application.pushDomain ?? "",
      defaultVodSubAppId: application.defaultVodSubAppId ?? "",
      mediaDomainHttps: application.mediaDomainHttps,
      mediaHotlinkKey: "",
      clearMediaHotlinkKey: false,
    },
  });
  const errors = form.formState.errors;
  const pushDomain = useWatch({ control: form.control, name: "pushDomain" });
  const messageOf = (name: FieldName) => (errors[name]?.message ? String(errors[name]?.message) : undefined);
  const id = (name: string) => `edit-app-${name}`;

  async function handleSubmit(values: UpdateApplicationInput) {
    const result = await updateApplication(values);
    if (result.ok) {
      toast.success(
        result.data.changed.length === 0
          ? "Nothing changed"
          : `Saved ${application.name}: ${result.data.changed.join(", ")}`,
      );
      router.push("/applications");
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = FIELD_NAMES.find((candidate) => candidate === field);
      if (name) form.setError(name, { message: messages.join(" ") });
    }
    if (!result.error.fieldErrors) toast.error(result.error.message);
  }

  return (
    <Card aria-label={`Edit ${application.name}`}>
      <CardHeader>
        <CardTitle>
          Edit {application.name} · {application.sdkAppId}
        </CardTitle>
        <CardDescription>
          Keys are stored on the server and never shown again: leave a key empty to keep the one set.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} noValidate aria-label="Edit the application">
          <HydratedFieldset>
            <div className="grid gap-4 md:grid-cols-2">
              <div className="flex flex-col gap-2">
                <Label htmlFor={id("name")}>Name</Label>
                <Input id={id("name")} aria-describedby={`${id("name")}-error`} {...form.register("name")} />
                <FieldError
                  id={`${id("name")}-error`}
                  messages={messageOf("name") ? [messageOf("name") ?? ""] : undefined}
                />
              </div>
              <div className="flex flex-col gap-2">
                <Label htmlFor={id("defaultVodSubAppId")}>Default VOD sub-app (optional)</Label>
                <Input
                  id={id("defaultVodSubAppId")}
                  placeholder="empty: the account's default VOD application"
                  aria-describedby={`${id("defaultVodSubAppId")}-error`}
                  {...form.register("defaultVodSubAppId")}
                />
                <FieldError
                  id={`${id("defaultVodSubAppId")}-error`}
                  messages={messageOf("defaultVodSubAppId") ? [messageOf("defaultVodSubAppId") ?? ""] : undefined}
                />
              </div>
              <GenerationField
                idPrefix="edit-app"
                registration={form.register("generation")}
                error={messageOf("generation")}
              />
              <PushDomainField
                idPrefix="edit-app"
                lookup={pushDomains}
                value={typeof pushDomain === "string" ? pushDomain : ""}
                onChange={(domain) =>
                  form.setValue("pushDomain", domain, { shouldValidate: form.formState.isSubmitted })
                }
                error={messageOf("pushDomain")}
              />
              <fieldset className="flex flex-col gap-2 md:col-span-2">
                <legend className="mb-1 text-sm font-medium">VOD media domain</legend>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" className="mt-0.5 size-4" {...form.register("mediaDomainHttps")} />
                  <span>
                    Media domain supports https
                    <span className="block text-xs text-muted-foreground">
                      For a custom VOD domain with a certificate: recordings then play and download over https, so a
                      console served over https is not blocked as mixed content. Tencent&apos;s *.vod2.myqcloud.com
                      domains always are.
                    </span>
                  </span>
                </label>
                <Label htmlFor={id("mediaHotlinkKey")}>Key hotlink key</Label>
                <Input
                  id={id("mediaHotlinkKey")}
                  type="password"
                  autoComplete="off"
                  placeholder={
                    application.hasMediaHotlinkKey
                      ? "A key is set: type a new one to replace it"
                      : "No key: playback URLs are not signed"
                  }
                  aria-describedby={`${id("mediaHotlinkKey")}-hint ${id("mediaHotlinkKey")}-error`}
                  {...form.register("mediaHotlinkKey")}
                />
                <p id={`${id("mediaHotlinkKey")}-hint`} className="text-xs text-muted-foreground">
                  When the VOD domain has Key hotlink protection (Key 防盗链), the KEY set in VOD&apos;s console: the
                  console signs playback and download URLs with it, on the server.
                </p>
                {application.hasMediaHotlinkKey ? (
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" className="size-4" {...form.register("clearMediaHotlinkKey")} />
                    Remove the key (the domain&apos;s protection is off)
                  </label>
                ) : null}
                <FieldError
                  id={`${id("mediaHotlinkKey")}-error`}
                  messages={messageOf("mediaHotlinkKey") ? [messageOf("mediaHotlinkKey") ?? ""] : undefined}
                />
              </fieldset>
            </div>
            <div className="mt-4 flex justify-end gap-2">
              <Link
                href="/applications"
                className="inline-flex h-9 items-center rounded-md border border-input bg-card px-4 text-sm hover:bg-muted"
              >
                Cancel
              </Link>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? "Saving…" : "Save application"}
              </Button>
            </div>
          </HydratedFieldset>
        </form>
      </CardContent>
    </Card>
  );
}
