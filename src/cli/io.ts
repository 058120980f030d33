/**
 * What a command may touch of its process: output streams, environment and working
 * directory. Tests pass their own to run commands in-process and read what they print.
 */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The terminal a progress bar may draw on, or undefined (not a TTY, or in tests). */
  terminal?: NodeJS.WriteStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
}

export function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    terminal: process.stderr.isTTY ? process.stderr : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}
