import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

interface Lock {
  packages: Record<string, LockEntry>;
}

/** What `npm pack --json` says about the tarball it wrote. */
export interface Packed {
  filename: string;
  integrity: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}

/**
 * The lock entry of `name` and of everything it depends on, from the repository's lock,
 * where they sit in its node_modules. A nested copy (a/node_modules/b) wins over the hoisted one.
 */
function closure(lock: Lock, names: readonly string[]): Record<string, LockEntry> {
  const out: Record<string, LockEntry> = {};
  const visit = (name: string, from: string) => {
    let base = from;
    while (true) {
      const key = `${base}node_modules/${name}`;
      const entry = lock.packages[key];
      if (entry) {
        if (out[key]) return;
        out[key] = entry;
        for (const dependency of Object.keys(entry.dependencies ?? {}))
          visit(dependency, `${key}/`);
        return;
      }
      if (base === "") throw new Error(`${name} is not in the repository's package-lock.json`);
      // Up one node_modules level: "a/node_modules/b/" → "a/".
      base = base.replace(/node_modules\/(@[^/]+\/)?[^/]+\/$/, "");
    }
  };
  for (const name of names) visit(name, "");
  return out;
}

/**
 * A fresh project in `dir` that depends on the packed tarball (and on @types/node, as a Node
 * project using the batch API would), with a lock built from the repository's lock: the same
 * versions `npm ci` put in npm's cache, so `npm ci --offline` installs it without the network.
 */
export function writeOfflineProject(root: string, dir: string, packed: Packed): void {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const lock: Lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const typesNode = lock.packages["node_modules/@types/node"].version!;
  const dependencies = { likesim: `file:${packed.filename}` };
  const devDependencies = { "@types/node": typesNode };
  const project = { name: "uses-likesim", private: true, type: "module" };
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ ...project, dependencies, devDependencies }, null, 2),
  );
  const runtime = closure(lock, Object.keys(manifest.dependencies));
  const types = closure(lock, ["@types/node"]);
  const packages: Record<string, LockEntry> = {
    "": { ...project, dependencies, devDependencies },
    "node_modules/likesim": {
      version: manifest.version,
      resolved: `file:${packed.filename}`,
      integrity: packed.integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [key, entry] of Object.entries(runtime)) {
    const { dev: _dev, devOptional: _devOptional, ...rest } = entry;
    packages[key] = rest;
  }
  for (const [key, entry] of Object.entries(types)) packages[key] ??= { ...entry, dev: true };
  writeFileSync(
    join(dir, "package-lock.json"),
    JSON.stringify({ ...project, lockfileVersion: 3, requires: true, packages }, null, 2),
  );
}

/** Packs the repository into `dir` (lib/ as built; scripts are not run, so lib/ stays put). */
export function pack(root: string, dir: string): Packed {
  const json = execFileSync(
    "npm",
    ["pack", "--json", "--ignore-scripts", "--pack-destination", dir],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return JSON.parse(json)[0];
}
