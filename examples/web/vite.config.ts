import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page uses the package as built (dist/), exactly as a user's bundler would.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { stances: fileURLToPath(new URL('../../dist/index.js', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  worker: { format: 'es' },
  server: { fs: { allow: ['../..'] } },
});
