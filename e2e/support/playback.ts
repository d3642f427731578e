import { expect, type Page } from "@playwright/test";

/** Plays the recording page's player (muted, so autoplay rules allow it) and waits until it is past 2 s without a media error. */
export async function expectPlaysPastTwoSeconds(page: Page, format: string): Promise<void> {
  const player = page.getByTestId("media-player");
  await player.evaluate((element: HTMLMediaElement) => {
    element.muted = true;
    return element.play();
  });
  await expect
    .poll(() => player.evaluate((element: HTMLMediaElement) => (element.error ? -1 : element.currentTime)), {
      message: `${format} plays past 2 s without a media error`,
      timeout: 20_000,
    })
    .toBeGreaterThan(2);
  await expect(page.getByTestId("player-problem")).toHaveCount(0);
}
