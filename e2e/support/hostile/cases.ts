import type { ActionErrorCode } from "../../../lib/actions/result";
import { FlightValue } from "../server-actions";

export type Role = "admin" | "operator" | "viewer";
/** Who sends a request: a role's session, a disabled user's still-signed session, or nobody. */
export type Sender = Role | "disabled" | "nobody";

/** One hostile request to an action, and the refusal it must get. */
export interface ActionCase {
  name: string;
  input: unknown;
  /** The codes that count as its refusal. */
  codes: readonly ActionErrorCode[];
  /** For a validation refusal: the field it must name (itself, or a field inside it). */
  field?: string;
  /** Default: the action's role, so that only the input is wrong. */
  sender?: Sender;
  /** The application selected in the switcher (the cookie); default: the console's first. */
  selectedApp?: number;
}

/** A server action under test: where it is, who may call it, a valid input, and its own hostile cases. */
export interface ActionUnderTest {
  file: string;
  exportName: string;
  role: Role;
  /** A valid input, mutated one field at a time; never sent as it is by a role allowed to. */
  valid: Record<string, unknown>;
  /** Hostile cases of this action's own: Tencent's ranges at both edges, other apps' ids. */
  cases: ActionCase[];
  /** Fields whose generic huge string is in range (a callback body takes 1 MB): with why. */
  takesHugeText?: Record<string, string>;
}

/** An SdkAppId no console registered, in range. */
export const UNREGISTERED_APP = 1400000789;
/** A well-formed id of no user, task or mix. */
export const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

/** A refusal as invalid input, naming the field. */
export const invalid = (name: string, field: string, input: unknown): ActionCase => ({
  name,
  input,
  codes: ["VALIDATION"],
  field,
});

/** One field of `valid` (a dotted path) set to each value, each a refusal naming that field. */
export const edges = (valid: Record<string, unknown>, field: string, values: Record<string, unknown>): ActionCase[] =>
  Object.entries(values).map(([name, value]) =>
    invalid(`${field}: ${name}`, field, withField(valid, field.split("."), value)),
  );

/** Longer than every text field but well inside Next's 1 MB body limit. */
export const HUGE_TEXT = "x".repeat(100_000);

const LOWER_ROLES: Record<Role, Role[]> = { admin: ["operator", "viewer"], operator: ["viewer"], viewer: [] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `input` with the value at `path` replaced. */
export function withField(input: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(input))
    return (input as unknown[]).map((item, index) =>
      String(index) === String(head) ? withField(item, rest, value) : item,
    );
  if (isPlainObject(input)) return { ...input, [head]: withField(input[head], rest, value) };
  return input;
}

interface Leaf {
  path: (string | number)[];
  value: unknown;
}

/** Every field of a valid input, arrays and objects included (they are fields too). */
function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  const here = path.length > 0 ? [{ path, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => leavesOf(item, [...path, index]))];
  if (isPlainObject(value))
    return [...here, ...Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]))];
  return here;
}

/**
 * The hostile cases every action gets from its valid input: each sender without the role (with
 * the valid input, so that only the sender is wrong), inputs of the wrong shape, unknown fields,
 * and per field a value of the wrong type, NUL characters and a huge string.
 */
export function genericCases(action: ActionUnderTest): ActionCase[] {
  const { valid } = action;
  const cases: ActionCase[] = [
    { name: "a disabled user's session", input: valid, codes: ["UNAUTHENTICATED"], sender: "disabled" },
    ...LOWER_ROLES[action.role].map((role) => ({
      name: `a ${role}'s session (needs ${action.role})`,
      input: valid,
      codes: ["FORBIDDEN"] as const,
      sender: role,
    })),
    ...[null, "text", 42, true, [], [valid]].map((input) => ({
      name: `the input ${JSON.stringify(input).slice(0, 40)}`,
      input,
      codes: ["VALIDATION"] as const,
    })),
    { name: "an unknown field", input: { ...valid, isAdmin: true }, codes: ["VALIDATION"], field: "isAdmin" },
    // React's reply decoder drops `__proto__` keys itself; `constructor` reaches the action.
    {
      name: "a constructor field",
      input: { ...valid, constructor: { prototype: { isAdmin: true } } },
      codes: ["VALIDATION"],
      field: "constructor",
    },
  ];
  for (const { path, value } of leavesOf(valid)) {
    const field = path.join(".");
    const mutate = (name: string, replacement: unknown): ActionCase => ({
      name: `${field}: ${name}`,
      input: withField(valid, path, replacement),
      codes: ["VALIDATION"],
      field,
    });
    cases.push(mutate("an object", { $gt: "" }));
    if (isPlainObject(value))
      cases.push({ ...mutate("an unknown field inside", { ...value, injected: "x" }), field: `${field}.injected` });
    if (typeof value === "number") {
      cases.push(mutate("NaN", new FlightValue("$NaN")), mutate("Infinity", Number.POSITIVE_INFINITY));
      cases.push(mutate("a BigInt", new FlightValue("$n9007199254740993")));
    }
    if (typeof value === "string") {
      cases.push(mutate("a NUL character", `${value}\u0000`), mutate("a number", 12345));
      if (!action.takesHugeText?.[field]) cases.push(mutate("100,000 characters", HUGE_TEXT));
    }
    if (typeof value === "boolean") cases.push(mutate("1", 1), mutate("the text yes", "yes"));
  }
  return cases;
}
