import { AccountConfigError, parseAccountConfig } from "./account/account-schema";
import { controlSecretProblem } from "./core/http/control-secret";
import { originProblem } from "./core/http/origin";
import type { LocalCloudOptions } from "./options";

function assertPort(name: string, port: number): void {
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`${name} must be a TCP port (0 to 65535), got ${port}`);
}

/** Programmer errors in the options fail here, before anything starts. */
export function validateOptions(options: LocalCloudOptions): void {
  assertPort("port", options.port);
  assertPort("rtmpPort", options.rtmpPort);
  if (options.port !== 0 && options.port === options.rtmpPort) throw new Error("port and rtmpPort must differ");
  if (!options.dataDir) throw new Error("dataDir must not be empty");
  if (options.credentials.length === 0) throw new Error("credentials must hold at least one SecretId/SecretKey pair");
  for (const credential of options.credentials) {
    if (!credential.secretId || !credential.secretKey)
      throw new Error("every credential needs a SecretId and a SecretKey");
  }
  try {
    parseAccountConfig(options.account);
  } catch (error) {
    if (error instanceof AccountConfigError) throw new Error(`account is not valid: ${error.message}`);
    throw error;
  }
  if (options.host !== undefined && options.host !== "127.0.0.1")
    throw new Error("the local cloud listens on 127.0.0.1 only");
  if (options.controlSecret !== undefined) {
    const problem = controlSecretProblem(options.controlSecret);
    if (problem) throw new Error(`controlSecret ${problem}`);
  }
  for (const origin of options.consoleOrigins ?? []) {
    const problem = originProblem(origin);
    if (problem) throw new Error(`consoleOrigins: ${problem}`);
  }
}
