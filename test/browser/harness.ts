import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type ConsoleMessage, chromium, type Page } from "playwright-core";
import { build, createServer, preview } from "vite";

/** Debian's Chromium, which CI installs; playwright-core drives it and downloads nothing. */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
const required = process.env.LIKESIM_REQUIRE_BROWSER === "1";

if (!hasChromium) {
  const message = `${CHROMIUM} is missing: the browser tests cannot run (apt-get install chromium)`;
  if (required) throw new Error(`${message}, and LIKESIM_REQUIRE_BROWSER=1 requires them`);
  console.warn(`\n*** SKIPPING BROWSER TESTS: ${message} ***\n`);
}

/** True when the browser tests must be skipped (no Chromium, and not required). */
export const skipBrowser = !hasChromium;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface App {
  url: string;
  close(): Promise<void>;
}

/** `npm start`'s server (Vite in dev mode) on a free loopback port. */
export async function startDevServer(): Promise<App> {
  const server = await createServer({
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, strictPort: false },
    clearScreen: false,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("the Vite dev server did not say where it listens");
  return { url, close: () => server.close() };
}

/** `npm run build` into a temporary folder, served by `vite preview` on a free port. */
export async function startBuiltApp(): Promise<App> {
  const outDir = mkdtempSync(join(tmpdir(), "likesim-dist-"));
  await build({ logLevel: "error", build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({
    logLevel: "error",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not say where it listens");
  return {
    url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** What a page reported that a test may want to check: errors, CSP violations, requests. */
export interface PageLog {
  errors: string[];
  violations: string[];
  requests: string[];
}

/**
 * A page that records console errors, uncaught exceptions, CSP violations (from the page's own
 * `securitypolicyviolation` events) and every URL it requested.
 */
export async function openPage(browser: Browser, width = 1280, height = 900) {
  const page = await browser.newPage({ viewport: { width, height } });
  const log: PageLog = { errors: [], violations: [], requests: [] };
  page.on("console", (message: ConsoleMessage) => {
    if (message.type() === "error") log.errors.push(message.text());
    if (message.text().startsWith("CSP-VIOLATION ")) log.violations.push(message.text().slice(14));
  });
  page.on("pageerror", (error) => log.errors.push(String(error)));
  page.on("request", (request) => log.requests.push(request.url()));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.log(
        `CSP-VIOLATION ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  return { page, log };
}

/** Waits until the app's first run is loaded and paused at tick 0. */
export async function waitForRun(page: Page, runs = 1): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const app = document.querySelector("likesim-app") as unknown as {
        group?: { runs: { status: string }[] };
      } | null;
      const list = app?.group?.runs ?? [];
      return list.length === count && list.every((run) => run.status === "paused");
    },
    runs,
    { timeout: 60_000 },
  );
}
