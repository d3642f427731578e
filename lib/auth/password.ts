import bcrypt from "bcryptjs";

/** bcrypt's work factor: ~200 ms per hash on this class of machine, slow enough to resist guessing. */
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
