import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served by `klappe serve` at `/` with a strict Content-Security-Policy:
// no inline scripts and no runtime-injected styles, so everything ships as files.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Keep assets as files (no data: URIs inlined into CSS or JS).
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev -w packages/web` proxies the API to a `klappe serve` on port 3000.
    proxy: { '/app/api': 'http://127.0.0.1:3000', '/v1': 'http://127.0.0.1:3000' },
  },
});
