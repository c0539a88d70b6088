import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './': the built page is served from any folder (the browser test loads it from examples/react/dist/).
export default defineConfig({ base: './', plugins: [react()] });
