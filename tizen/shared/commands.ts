// Running the command-line tools packaging relies on (openssl, xmlsec1, ares-package), with clear failures.
import { spawnSync, SpawnSyncOptions } from 'node:child_process';

/** Throws a message naming the Debian package when `command` is not on the PATH. */
export function requireCommand(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) {
    throw new Error(`${command} is not installed; install it with: apt-get install ${debianPackage}`);
  }
}

/** What a finished command printed. */
export interface CommandOutput {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command and returns its output, whatever its exit status. */
export function runCommand(command: string, args: readonly string[], options: SpawnSyncOptions = {}): CommandOutput {
  const result = spawnSync(command, args, { ...options, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status ?? 1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Runs a command and throws with its output when it exits non-zero. */
export function runCommandOrThrow(
  command: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
): CommandOutput {
  const output = runCommand(command, args, options);
  if (output.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${output.status}):\n${output.stderr}${output.stdout}`);
  }
  return output;
}
