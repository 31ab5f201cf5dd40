import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API server the dev server forwards to; override with BORGERBLIK_API_URL. */
const apiTarget = process.env.BORGERBLIK_API_URL ?? 'http://localhost:3000';

/**
 * Proxy keys starting with `^` are regular expressions. Plain prefixes would be wrong here: '/s' would also
 * catch the app's own '/styles/…' modules in development, and '/api/' the app's `web/api/*.ts` modules.
 */
const proxy = {
  '^/api/v\\d+(/|$)': { target: apiTarget },
  '^/s/': { target: apiTarget },
  '^/public/favicon\\.svg$': { target: apiTarget },
  '^/healthz$': { target: apiTarget },
};

/**
 * The staff web app lives in `web/` and is built to `dist/web`, which the API server serves with an SPA
 * fallback. In development the API paths are proxied so the session cookie stays same-origin.
 */
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  resolve: {
    // wouter imports `useSyncExternalStore` through the `use-sync-external-store` shim, which exists for
    // React < 18 and carries its own fallback implementation; React 19 exports the same hook itself.
    alias: [{ find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'react' }],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // bench/bundle-budget.ts reads the manifest to measure each page's first visit from the real build.
    manifest: true,
    // Charts are loaded per page; keep the shell small and warn early if it grows. The largest chunk is
    // ECharts' renderer core (~490 KB), fetched only by pages with a chart.
    chunkSizeWarningLimit: 520,
    // Every browser the app supports preloads modules itself (`<link rel="modulepreload">`: Chrome/Edge
    // 66, Firefox 115, Safari 17); without the polyfill an older one just fetches the chunks on import.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen loads statically (React, the router, the app frame, the login
          // page) goes into one `shell` chunk instead of a dozen small shared chunks: one request, and
          // gzip compresses the whole better than the parts (−4.5 KB gzip). The entry (index.html,
          // main.tsx) stays apart so the manifest keeps its entry. Lazy pages import from the shell.
          groups: [
            { name: 'shell', tags: ['$initial'], test: (id) => !/\.html$|[\\/]web[\\/]main\.tsx$/.test(id) },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy },
  preview: { proxy },
});
