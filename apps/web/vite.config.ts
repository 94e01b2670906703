import { defineConfig } from 'vite';

const gateway = process.env.LEARNFLOW_DEV_GATEWAY ?? 'http://127.0.0.1:8180';

/** The built app goes to `dist/`, served by the API gateway at `/`; `npm run dev` proxies the API to it. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    target: 'es2022',
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      '/api': gateway,
      '/ws': { target: gateway.replace(/^http/, 'ws'), ws: true },
    },
  },
});
