// `npx vite examples/vue` (after `npm run build`): `tirkeu` is this repository itself. The example
// has no package.json of its own, so the nearest one is the package's, and Vite and TypeScript
// resolve `tirkeu/…` through its "exports" to dist/ (a package may import itself by its name), as
// they resolve node_modules/tirkeu in a portal's app. In your app: `npm i tirkeu` and drop fs.allow.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { mockBackendVite } from '../shared/mock-backend-vite.mjs';

export default defineConfig({
  plugins: [
    // tirkeu-* are custom elements, not Vue components: without this Vue warns "Failed to resolve
    // component" and renders nothing of theirs.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tirkeu-') } } }),
    mockBackendVite(),
  ],
  // The dev server may read the package (dist/), the mock backend (mocks/) and ../shared/.
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
});
