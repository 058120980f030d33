import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type ConsoleMessage, chromium, type Page } from "playwright-core";
import { build, createServer, preview } from "vite";
import { afterAll, beforeAll } from "vitest";

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
    // No file watching and no HMR: edits elsewhere in the tree must not reload a page mid-test.
    server: { host: "127.0.0.1", port: 0, strictPort: false, watch: null, hmr: false },
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

/**
 * Waits until the app's runs are loaded and paused, their tick-0 world drawn (the race has
 * arrived), and the address written.
 */
export async function waitForRun(page: Page, runs = 1): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const app = document.querySelector("likesim-app") as unknown as {
        group?: { runs: { status: string; race?: unknown }[] };
      } | null;
      const list = app?.group?.runs ?? [];
      return (
        list.length === count &&
        list.every((run) => run.status === "paused" && run.race !== undefined) &&
        window.location.search.includes("scenario=")
      );
    },
    runs,
    { timeout: 60_000 },
  );
}

/** What a test reads of a run on the page (through <likesim-app>'s `group`). */
export interface RunState {
  status: string;
  tick: number;
  label: string;
  users: number | undefined;
  ranker: string | undefined;
  summary: Record<string, number> | undefined;
}

/**
 * Clicks Pause and waits until it has taken effect everywhere: the batch that was already in
 * each engine has landed and, held at the click, is shown (reading the metrics shows it, and
 * answers only after it), and the page has drawn the paused frame.
 */
export async function pause(page: Page): Promise<RunState[]> {
  await page.getByRole("button", { name: "Pause" }).first().click();
  await page.evaluate(async () => {
    const app = document.querySelector("likesim-app") as unknown as {
      group: { runs: { metrics(): Promise<unknown> }[] };
    };
    await Promise.all(app.group.runs.map((run) => run.metrics()));
    for (let frame = 0; frame < 2; frame++) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  return runStates(page);
}

export function runStates(page: Page): Promise<RunState[]> {
  return page.evaluate(() => {
    interface Run {
      status: string;
      tick: number;
      summary?: Record<string, number>;
      scenario?: { population: { users: number }; feed: { ranker: string } };
    }
    const app = document.querySelector("likesim-app") as unknown as {
      group: { runs: Run[]; labels: string[] };
    };
    return app.group.runs.map((run, i) => ({
      status: run.status,
      tick: run.tick,
      label: app.group.labels[i],
      users: run.scenario?.population.users,
      ranker: run.scenario?.feed.ranker,
      summary: run.summary ? { ...run.summary } : undefined,
    }));
  });
}

/** Every run's full metrics, typed arrays as plain arrays (NaN survives the trip). */
export function runMetrics(page: Page) {
  return page.evaluate(async () => {
    const app = document.querySelector("likesim-app") as unknown as {
      group: { runs: { metrics(): Promise<Record<string, unknown> | undefined> }[] };
    };
    const all = await Promise.all(app.group.runs.map((run) => run.metrics()));
    const plain = (value: unknown): unknown =>
      ArrayBuffer.isView(value)
        ? Array.from(value as unknown as ArrayLike<number>)
        : Array.isArray(value)
          ? value.map(plain)
          : value !== null && typeof value === "object"
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
            : value;
    return all.map(plain) as {
      tick: number;
      summary: Record<string, number>;
      series: Record<string, number[]>[];
    }[];
  });
}

/** Plays every run at the fastest speed until all have finished. */
export async function playToEnd(page: Page): Promise<void> {
  await page.getByLabel("Speed").selectOption("1000");
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(
    () => {
      const app = document.querySelector("likesim-app") as unknown as {
        group?: { runs: { status: string }[] };
      } | null;
      const runs = app?.group?.runs ?? [];
      return runs.length > 0 && runs.every((run) => run.status === "finished");
    },
    undefined,
    { timeout: 90_000 },
  );
}

/** Requests the page made to anything but its own server. */
export function foreignRequests(log: PageLog, app: App): string[] {
  const origin = new URL(app.url).origin;
  return log.requests.filter((url) => !url.startsWith(origin) && !url.startsWith("blob:"));
}

/** The trace events that are one task of a thread's run loop (the name varies by category). */
const TASK_EVENTS = new Set(["RunTask", "ThreadControllerImpl::RunTask"]);

/** Main-thread tasks seen while `during` ran: wall time and the thread's own CPU time, in ms. */
export interface MainThreadTasks {
  wall: number[];
  cpu: number[];
}

/**
 * Records the renderer's main-thread tasks with Chromium's tracing (the light "toplevel"
 * category only: the devtools timeline categories slow the page down enough to make long
 * tasks of their own). Wall time is what a user feels and what the long-task API reports; CPU
 * time is the page's own work, which other processes on a busy machine cannot stretch.
 */
export async function traceMainThread(
  page: Page,
  during: () => Promise<void>,
): Promise<MainThreadTasks> {
  const cdp = await page.context().newCDPSession(page);
  const events: {
    name: string;
    ph: string;
    pid: number;
    tid: number;
    dur?: number;
    tdur?: number;
    args?: { name?: string };
  }[] = [];
  cdp.on("Tracing.dataCollected", (data) =>
    events.push(...(data.value as unknown as typeof events)),
  );
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", {
    traceConfig: {
      includedCategories: ["toplevel"],
    },
    transferMode: "ReportEvents",
  });
  await during();
  await cdp.send("Tracing.end");
  await complete;
  await cdp.detach();
  // Other renderers (spare ones, closed pages) have main threads too: the page's own is the
  // busiest one.
  const tasksOf = (thread: { pid: number; tid: number }) =>
    events.filter(
      (e) =>
        TASK_EVENTS.has(e.name) && e.ph === "X" && e.pid === thread.pid && e.tid === thread.tid,
    );
  const busy = (list: typeof events) => list.reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  const tasks = events
    .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
    .map(tasksOf)
    .reduce((best, list) => (busy(list) > busy(best) ? list : best), [] as typeof events);
  return {
    wall: tasks.map((task) => (task.dur ?? 0) / 1000),
    cpu: tasks.map((task) => (task.tdur ?? 0) / 1000),
  };
}

/** Waits until every run on the page has reached `tick`. */
export async function ticksReach(page: Page, tick: number): Promise<void> {
  await page.waitForFunction(
    (least) => {
      const app = document.querySelector("likesim-app") as unknown as {
        group?: { runs: { tick: number }[] };
      } | null;
      const runs = app?.group?.runs ?? [];
      return runs.length > 0 && runs.every((run) => run.tick >= least);
    },
    tick,
    { timeout: 60_000 },
  );
}

/** Starts the app and Chromium before a file's tests and ends both after them. */
export function useApp(start: () => Promise<App>): { app: App; browser: Browser } {
  const context = {} as { app: App; browser: Browser };
  beforeAll(async () => {
    context.app = await start();
    context.browser = await launchChromium();
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.app?.close();
  });
  return context;
}

/** The drawer's sections, as their summaries name them. */
export type SettingsSection = "Compare two worlds" | "Advanced: every setting" | "Share and export";

/** Opens the settings drawer and, if asked, one of its sections. */
export async function openSettings(page: Page, section?: SettingsSection): Promise<void> {
  const drawer = page.locator("#settings");
  if (await drawer.isHidden()) await page.getByRole("button", { name: "Settings" }).click();
  if (!section) return;
  const details = drawer.locator("details", { has: page.locator("summary", { hasText: section }) });
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
}
