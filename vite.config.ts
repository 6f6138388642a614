import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = fileURLToPath(new URL(".", import.meta.url));

// One file for the dashboard build (root web/, output dist/web) and for Vitest.
export default defineConfig({
  root: `${here}web`,
  base: "./",
  publicDir: false,
  build: {
    outDir: `${here}dist/web`,
    emptyOutDir: true,
    target: "es2022",
    // Two pages: the planners' dashboard and the students' teaching view.
    rolldownOptions: {
      input: { main: `${here}web/index.html`, teach: `${here}web/teach.html` },
    },
  },
  worker: { format: "es" },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  test: {
    root: here,
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Statistical tests run many replications; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
