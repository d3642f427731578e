/** User ids typed as a list, separated by spaces, commas or new lines. */
export const splitUserIds = (text: string): string[] =>
  text
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
