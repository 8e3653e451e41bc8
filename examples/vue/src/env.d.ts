// The template types of every tirkeu-* element (Vue's `GlobalComponents`: props and events). In
// your app, with tirkeu in node_modules, `"types": ["tirkeu/types/vue"]` in tsconfig.json does the
// same. Here the package is this repository itself: TypeScript reaches it by its own name
// (package self-reference) in imports, but not in "types", hence this import.
import type {} from 'tirkeu/types/vue';
