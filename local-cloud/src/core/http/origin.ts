/**
 * What keeps `value` from being an origin as a browser sends it in `Origin` (`http://host:port`,
 * lower-case, no default port, no path), or undefined when it is one. CORS compares origins as
 * strings, so an allowed origin written any other way would never match.
 */
export function originProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL; write an origin such as http://127.0.0.1:3000`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `"${value}" is not an http:// or https:// origin`;
  if (url.origin !== value) return `"${value}" is not a bare origin; write it as ${url.origin}`;
  return undefined;
}
