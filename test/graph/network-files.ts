import { readFileSync } from "node:fs";

/** The text of a file under the repository, as the CLI or the page would hand it over. */
export function readRepoFile(path: string): string {
  return readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
}
