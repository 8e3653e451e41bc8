/**
 * The parts of floating-ui that popups use, imported by name: loading `@floating-ui/dom` as a
 * whole (`import('@floating-ui/dom')`) keeps every middleware, because a bundler cannot tell which
 * members a namespace import will read. This module is the lazy chunk instead.
 */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
