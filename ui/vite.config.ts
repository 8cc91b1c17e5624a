import { readFileSync } from 'node:fs';
import { type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Fontsource lists a .woff fallback after every .woff2; WebKitGTK reads woff2, so keep the app small
// by dropping the fallbacks before Vite copies them into dist/.
function woff2Only(): Plugin {
  return {
    name: 'talentnav-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''), map: null };
    },
  };
}

// The fonts' SIL Open Font License travels with them, inside the app.
function fontLicence(): Plugin {
  return {
    name: 'talentnav-font-licence',
    generateBundle() {
      const text = readFileSync(new URL('../node_modules/@fontsource/noto-sans-hk/LICENSE', import.meta.url), 'utf8');
      this.emitFile({ type: 'asset', fileName: 'licences/noto-sans-OFL-1.1.txt', source: text });
    },
  };
}

// `--mode mock`: the app against the fixture backend (mock.html), for the Playwright UI tests.
export default defineConfig(({ mode }) => ({
  plugins: [woff2Only(), fontLicence(), svelte({ preprocess: vitePreprocess() })],
  clearScreen: false,
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  build:
    mode === 'mock'
      ? { outDir: 'dist-mock', emptyOutDir: true, target: 'safari16', chunkSizeWarningLimit: 4096, rollupOptions: { input: 'mock.html' } }
      : { outDir: 'dist', emptyOutDir: true, target: 'safari16', chunkSizeWarningLimit: 1024 },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : {},
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
}));
