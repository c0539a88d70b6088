import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The template compiler leaves esim-* tags to the browser (custom elements); base './': the built
// page is served from any folder (the browser test loads it from examples/vue/dist/).
export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('esim-') } } })],
});
