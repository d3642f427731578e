/**
 * Runs once when a console server starts: validates the configuration (a bad value stops the
 * start with a message naming the variable), migrates the database and creates the first admin.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareConsole } = await import("./lib/startup/prepare-console");
  await prepareConsole();
}
