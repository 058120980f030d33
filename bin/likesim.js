#!/usr/bin/env node
// The installed `likesim` command: the compiled CLI in lib/ (built by `npm run build:lib`,
// which `npm install` runs in a clone through the prepare script).
let main;
try {
  ({ main } = await import("../lib/cli/main.js"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("/lib/cli/main.js"))
    throw error;
  process.stderr.write(
    `likesim: the compiled CLI (lib/) is missing; run \`npm run build:lib\` in ${new URL("..", import.meta.url).pathname}\n`,
  );
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
