import { defineConfig } from "vite";

/**
 * The browser app: index.html → src/ui/main.ts, the engine in workers/engine.worker.ts (an
 * ES module worker, emitted as its own file so that CSP's worker-src 'self' covers it).
 */
export default defineConfig({
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
  preview: { host: "127.0.0.1", port: 4173 },
  worker: { format: "es" },
  build: { target: "es2022", outDir: "dist", sourcemap: true },
});
