/**
 * One build for the three bundles: Electron main (the Electron door), preload and the
 * React renderer. The web door and the CLI run the same sources through tsx.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/electron/main.ts'),
          // the import bridge reads and parses files in a worker thread (core/imports/run-worker.ts)
          'import-worker': resolve(__dirname, 'src-main/core/imports/worker.ts'),
          // exports write Word and Excel bytes in a worker thread (core/exports/run/run-worker.ts)
          'export-worker': resolve(__dirname, 'src-main/core/exports/run/worker.ts'),
          // verified backups are made in a worker thread (core/safety/backup-worker/run-worker.ts)
          'backup-worker': resolve(__dirname, 'src-main/core/safety/backup-worker/worker.ts'),
          // a restore's backup check and staging copy run in a worker thread (core/safety/restore-worker)
          'restore-worker': resolve(__dirname, 'src-main/core/safety/restore-worker/worker.ts'),
          // import commits and undos are checked and written in a worker thread (core/imports/commit-worker)
          'commit-worker': resolve(__dirname, 'src-main/core/imports/commit-worker/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/electron/preload.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
