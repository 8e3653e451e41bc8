// The JSX types of every tirkeu-* element (`React.JSX.IntrinsicElements`, props and events). In
// your app, with tirkeu in node_modules, `"types": ["tirkeu/types/react"]` in tsconfig.json does
// the same. Here the package is this repository itself: TypeScript reaches it by its own name
// (package self-reference) in imports, but not in "types", hence this import.
import type {} from 'tirkeu/types/react';
