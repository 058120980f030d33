#!/usr/bin/env node
// The installed `likesim` command: registers tsx so Node 20 runs the TypeScript sources
// directly (no build step, no global TypeScript), then hands over to src/cli/main.ts.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
