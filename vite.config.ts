import { defineConfig } from "vite";

/**
 * The browser app: index.html → src/ui/main.ts, the engine in workers/engine.worker.ts (an
 * ES module worker, emitted as its own file so that CSP's worker-src 'self' covers it).
 */
export default defineConfig({
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
  preview: { host: "127.0.0.1", port: 4173 },
  worker: { format: "es" },
  // Scan the workers too, so that dev mode finds every dependency before the first page load
  // instead of reloading the page when a worker asks for one it had not seen.
  optimizeDeps: { entries: ["index.html", "workers/*.worker.ts"] },
  build: { target: "es2022", outDir: "dist", sourcemap: true },
});
