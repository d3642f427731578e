"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { PushDomainLookup } from "@/lib/data/applications/find-push-domain";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { TENCENT_LINKS } from "@/lib/schemas/application-constants";

const OTHER = "__other__";
/** The shape of the account's push domain, as a hint: a host name, the same in every language. */
const PUSH_DOMAIN_SHAPE = "<bizid>.livepush.myqcloud.com";

/** The push domains DescribeLiveDomains listed, to choose from. */
export const listedDomains = (lookup: PushDomainLookup): string[] =>
  !lookup.ok
    ? []
    : lookup.choice.kind === "one"
      ? [lookup.choice.domain]
      : lookup.choice.kind === "several"
        ? lookup.choice.domains
        : [];

/**
 * The account's push domain: chosen among those DescribeLiveDomains listed (the only one is
 * chosen already), or typed when it listed none or could not be read. Says why it asks.
 */
export function PushDomainField({
  idPrefix,
  lookup,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  lookup: PushDomainLookup;
  value: string;
  onChange: (domain: string) => void;
  error: string | undefined;
}) {
  const t = useTranslations("applications.pushDomainField");
  const messageText = useMessageText();
  const listed = listedDomains(lookup);
  const [isTyped, setIsTyped] = useState(() => listed.length === 0 || (value !== "" && !listed.includes(value)));
  const id = `${idPrefix}-pushDomain`;

  function handleSelect(choice: string) {
    setIsTyped(choice === OTHER);
    onChange(choice === OTHER ? "" : choice);
  }

  return (
    <div className="flex flex-col gap-2">
      {listed.length > 0 ? (
        <>
          <Label htmlFor={id}>{t("label")}</Label>
          <Select
            id={id}
            value={isTyped ? OTHER : value}
            onChange={(event) => handleSelect(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
          >
            {listed.length > 1 ? <option value="">{t("choose")}</option> : null}
            {listed.map((domain) => (
              <option key={domain} value={domain}>
                {domain}
              </option>
            ))}
            <option value={OTHER}>{t("another")}</option>
          </Select>
        </>
      ) : null}
      {isTyped ? (
        <>
          <Label htmlFor={`${id}-typed`}>{listed.length > 0 ? t("otherLabel") : t("label")}</Label>
          <Input
            id={`${id}-typed`}
            value={value}
            placeholder={PUSH_DOMAIN_SHAPE}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(event) => onChange(event.target.value)}
          />
        </>
      ) : null}
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        {listed.length === 1 ? t("hintFound") : t("hintTyped")}
      </p>
      {lookup.problem ? (
        <Alert
          variant={lookup.ok && lookup.choice.kind === "several" ? "info" : "destructive"}
          data-testid="push-domain-problem"
        >
          {messageText(lookup.problem)}{" "}
          {!lookup.ok || lookup.choice.kind === "none" ? (
            <a href={TENCENT_LINKS.trtcApplications} className="underline" target="_blank" rel="noreferrer">
              {t("openConsole")}
            </a>
          ) : null}
        </Alert>
      ) : null}
      <FieldError id={`${id}-error`} messages={error ? [error] : undefined} />
    </div>
  );
}
