import { expect, type Page } from "@playwright/test";

/** HTMLMediaElement.HAVE_METADATA: the duration and dimensions are known. */
const HAVE_METADATA = 1;

/**
 * Plays the recording page's player (muted, so autoplay rules allow it) and waits until it is past
 * 2 s without a media error. hls.js and mpegts.js are loaded and attached after the page renders:
 * a play() before they have set the element's source is interrupted by that load, so it waits for
 * the media's metadata first, as a person waits for the player to show the video's length.
 */
export async function expectPlaysPastTwoSeconds(page: Page, format: string): Promise<void> {
  const player = page.getByTestId("media-player");
  await expect
    .poll(() => player.evaluate((element: HTMLMediaElement) => (element.error ? -1 : element.readyState)), {
      message: `${format} has loaded its metadata without a media error`,
      timeout: 20_000,
    })
    .toBeGreaterThanOrEqual(HAVE_METADATA);
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
