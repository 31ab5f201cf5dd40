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
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    // bench/bundle-budget.ts reads the manifest to measure each page's first visit from the real build.
    manifest: true,
    // Charts are loaded per page; keep the shell small and warn early if it grows. The largest chunk is
    // ECharts' renderer core (~490 KB), fetched only by pages with a chart.
    chunkSizeWarningLimit: 520,
  },
  server: { port: 5173, proxy },
  preview: { proxy },
});
