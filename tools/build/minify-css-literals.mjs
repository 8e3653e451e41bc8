/**
 * A rollup plugin that minifies the CSS inside lit's css`` templates: terser leaves template
 * strings alone, and the styles' indentation and comments are otherwise shipped to every host.
 * Only whitespace and comments go; `${…}` interpolations are kept as written.
 */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      return { code: minified, map: null };
    },
  };
}

export function minifyCss(css) {
  return css
    .split(/(\$\{[^}]*\})/)
    .map((part) =>
      part.startsWith('${')
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}
