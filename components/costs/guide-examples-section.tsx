import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  GUIDE_EXAMPLE_IDS,
  GUIDE_EXAMPLES,
  guidePriceValues,
  priceGuideExample,
  todaysGuidePrices,
  type GuideExampleId,
} from "@/lib/costs/guide-examples";
import { formatAmount } from "@/lib/costs/money";
import type { PriceTable } from "@/lib/costs/price-table";
import { isLocale } from "@/lib/i18n/locales";
import { getMessageText } from "@/lib/i18n/server-message-text";

/**
 * Tencent's worked billing examples as the guide prints them (its prices and results), beside what
 * today's CNY price book gives for the same inputs, and why they differ (issue 15).
 */
export async function GuideExamplesSection({ prices }: { prices: PriceTable }) {
  const t = await getTranslations("costs.guide");
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "en";
  const messageText = await getMessageText();
  const money = (value: number) => formatAmount(value, "CNY", locale);
  const moneyValues = (values: Record<string, number>) =>
    Object.fromEntries(Object.entries(values).map(([name, value]) => [name, money(value)]));

  function pricesText(id: GuideExampleId, values: Record<string, number>): string {
    return t(`examples.${id}.prices`, moneyValues(values) as never);
  }

  return (
    <Card aria-labelledby="guide-examples-title" data-testid="guide-examples">
      <CardHeader>
        <CardTitle id="guide-examples-title">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {GUIDE_EXAMPLE_IDS.map((id) => {
          const example = GUIDE_EXAMPLES[id];
          const guide = priceGuideExample(id, example.guidePrices);
          const guidePrices = pricesText(id, guidePriceValues(id, example.guidePrices));
          const todays = todaysGuidePrices(id, prices);
          const today = todays ? priceGuideExample(id, todays) : null;
          const todayPrices = todays ? pricesText(id, guidePriceValues(id, todays)) : null;
          return (
            <article
              key={id}
              className="grid gap-3 border-t pt-4 first:border-t-0 first:pt-0 md:grid-cols-3"
              data-testid={`guide-example-${id}`}
            >
              <div className="flex flex-col gap-1 text-sm">
                <h3 className="font-medium">{t(`examples.${id}.title`)}</h3>
                <p className="text-muted-foreground">{t(`examples.${id}.scenario`)}</p>
                <p className="text-xs text-muted-foreground">
                  {example.source.url
                    ? t.rich("source", {
                        title: example.source.title,
                        link: (chunks) => (
                          <a
                            href={example.source.url ?? undefined}
                            className="text-primary underline-offset-4 hover:underline"
                            rel="noreferrer"
                            target="_blank"
                          >
                            {chunks}
                          </a>
                        ),
                      })
                    : t("sourceWithoutLink", { title: example.source.title })}
                </p>
              </div>
              <Figures
                testId={`guide-example-${id}-guide`}
                heading={t("guideColumn")}
                prices={guidePrices}
                result={t(`examples.${id}.result`, { amount: money(example.guideResult) })}
                formula={messageText(guide.formulaMessage)}
              />
              <div className="flex flex-col gap-2">
                {today && todayPrices ? (
                  <Figures
                    testId={`guide-example-${id}-today`}
                    heading={t("todayColumn")}
                    prices={todayPrices}
                    result={t(`examples.${id}.result`, { amount: money(today.amount) })}
                    formula={messageText(today.formulaMessage)}
                  />
                ) : (
                  <p className="text-sm text-muted-foreground">{t("noPrice")}</p>
                )}
                {today ? (
                  <p className="text-xs" data-testid={`guide-example-${id}-difference`}>
                    {today.amount === example.guideResult
                      ? t("same")
                      : t(`examples.${id}.difference`, { today: todayPrices ?? "", guide: guidePrices })}
                  </p>
                ) : null}
              </div>
            </article>
          );
        })}
      </CardContent>
    </Card>
  );
}

function Figures(props: { testId: string; heading: string; prices: string; result: string; formula: string }) {
  return (
    <div className="flex flex-col gap-0.5 rounded-md bg-muted px-3 py-2 text-sm" data-testid={props.testId}>
      <p className="text-xs text-muted-foreground">{props.heading}</p>
      <p>{props.prices}</p>
      <p className="text-lg font-semibold tabular-nums">{props.result}</p>
      <p className="font-mono text-xs text-muted-foreground">{props.formula}</p>
    </div>
  );
}
