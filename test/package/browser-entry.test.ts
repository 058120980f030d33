import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin, type Rollup } from "vite";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Node's built-in modules, as an import may name them: "fs", "node:fs", "fs/promises". */
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

function isBuiltin(id: string): boolean {
  return id.startsWith("node:") || BUILTINS.has(id) || BUILTINS.has(id.split("/")[0]);
}

/** An import of a Node built-in's name, and what the browser bundle made of it. */
interface BuiltinImport {
  source: string;
  importer: string;
  /** The file it resolved to, or undefined when Vite stubbed it out for the browser. */
  resolved?: string;
}

/**
 * Bundles an entry of the compiled package for the browser with Vite, as a web page using
 * the package would, and records every module the bundle is made of and every import of a
 * Node built-in's name.
 */
async function browserBundle(entry: string) {
  const builtins: BuiltinImport[] = [];
  const watch: Plugin = {
    name: "record-node-builtins",
    enforce: "pre",
    async resolveId(source, importer) {
      if (!isBuiltin(source)) return null;
      const target = await this.resolve(source, importer, { skipSelf: true });
      const resolved =
        target && !target.external && target.id.includes("/node_modules/") ? target.id : undefined;
      builtins.push({ source, importer: importer ?? "", resolved });
      return null;
    },
  };
  const output = (await build({
    configFile: false,
    root,
    logLevel: "silent",
    plugins: [watch],
    build: {
      write: false,
      target: "es2022",
      minify: false,
      lib: { entry, formats: ["es"], fileName: "likesim" },
    },
  })) as Rollup.RollupOutput[];
  const modules = output
    .flatMap((o) => o.output)
    .flatMap((chunk) => (chunk.type === "chunk" ? Object.keys(chunk.modules) : []));
  return { builtins, modules };
}

describe('the "likesim" entry', () => {
  it("bundles for the browser with no Node built-in anywhere in its module graph", async () => {
    const { builtins, modules } = await browserBundle("lib/index.js");
    expect(builtins.filter((b) => b.source.startsWith("node:"))).toEqual([]);
    // The one bare name, graphology's "events", is the npm package graphology depends on,
    // the browser's EventEmitter: nothing is left for the bundler to stub out.
    expect(builtins.filter((b) => b.resolved === undefined)).toEqual([]);
    expect(builtins.map((b) => b.resolved)).toEqual([
      expect.stringMatching(/node_modules\/events\/events\.js$/),
    ]);
    expect(modules.filter((id) => id.includes("browser-external"))).toEqual([]);
    // The graph is the real one: the engine, the scenario schema and the metrics are in it.
    for (const part of ["engine/simulation.js", "scenario/schema.js", "metrics/louvain.js"]) {
      expect(modules.some((id) => id.endsWith(`/lib/${part}`))).toBe(true);
    }
  }, 60_000);

  it("would be caught importing a Node built-in (the batch entry uses worker threads)", async () => {
    const { builtins } = await browserBundle("lib/batch.js");
    expect(builtins).toContainEqual(
      expect.objectContaining({ source: "node:worker_threads", resolved: undefined }),
    );
  }, 60_000);
});
