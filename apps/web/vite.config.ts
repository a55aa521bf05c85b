import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on :3000 in development; the same origin serves both in production,
// so the session cookie and CSRF header work identically in both setups.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Mantine and its styles make one ~750 kB chunk; it is served from the collectivité's own
    // server with long-lived caching, so splitting it buys little for now.
    chunkSizeWarningLimit: 1000,
  },
});
