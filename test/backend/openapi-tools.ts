/**
 * Just enough YAML and JSON Schema to hold the mock backend to docs/openapi.yaml in the browser
 * without a dependency. The YAML reader knows the subset that document is written in: block
 * mappings and sequences, plain / quoted scalars, `[a, b]` flow sequences and `|` block scalars.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function parseYaml(text: string): Json {
  const lines = text.split('\n').map((line) => line.replace(/\s+$/, ''));
  let i = 0;
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const skipBlank = () => {
    while (i < lines.length && (lines[i].trim() == '' || lines[i].trimStart().startsWith('#'))) i++;
  };

  const scalar = (raw: string): Json => {
    const s = raw.trim();
    if (s.startsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
    if (s.startsWith('"')) return JSON.parse(s);
    if (s.startsWith('[')) {
      const inner = s.slice(1, -1).trim();
      return inner ? inner.split(',').map(scalar) : [];
    }
    if (s == 'true' || s == 'false') return s == 'true';
    if (s == 'null' || s == '~') return null;
    if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
    return s;
  };

  const blockScalar = (parentIndent: number): string => {
    const body: string[] = [];
    let indent = -1;
    while (i < lines.length && (lines[i].trim() == '' || indentOf(lines[i]) > parentIndent)) {
      if (indent < 0 && lines[i].trim()) indent = indentOf(lines[i]);
      body.push(lines[i].slice(Math.max(indent, 0)));
      i++;
    }
    while (body.length && body[body.length - 1] == '') body.pop();
    return body.join('\n') + '\n';
  };

  const value = (rest: string, indent: number): Json => {
    if (rest == '|' || rest == '|-') return blockScalar(indent);
    if (rest != '') return scalar(rest);
    skipBlank();
    if (i >= lines.length || indentOf(lines[i]) <= indent) {
      // A sequence may sit at its key's indent.
      if (i < lines.length && indentOf(lines[i]) == indent && lines[i].trimStart().startsWith('- ')) return block(indent);
      return null;
    }
    return block(indentOf(lines[i]));
  };

  const KEY = /^('(?:[^']|'')*'|"[^"]*"|[^'"][^:]*?):(?:\s+(.*))?$/;

  const block = (indent: number): Json => {
    skipBlank();
    if (lines[i].trimStart().startsWith('- ') || lines[i].trim() == '-') {
      const list: Json[] = [];
      while ((skipBlank(), i < lines.length) && indentOf(lines[i]) == indent && lines[i].trimStart().startsWith('-')) {
        const content = lines[i].slice(indent + 1).trimStart();
        if (KEY.test(content)) {
          lines[i] = ' '.repeat(indent + 2) + content;
          list.push(block(indent + 2));
        } else {
          i++;
          list.push(content ? scalar(content) : value('', indent));
        }
      }
      return list;
    }
    const map: { [key: string]: Json } = {};
    while ((skipBlank(), i < lines.length) && indentOf(lines[i]) == indent && !lines[i].trimStart().startsWith('- ')) {
      const m = KEY.exec(lines[i].trim());
      if (!m) throw new Error(`YAML: cannot read line ${i + 1}: ${lines[i]}`);
      i++;
      const key = scalar(m[1]) as string;
      map[String(key)] = value(m[2] ?? '', indent);
    }
    return map;
  };

  return block(0);
}

/** The value at a JSON pointer such as `#/components/schemas/Error`. */
export function resolvePointer(root: any, ref: string): any {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
}

const typeOk = (type: string, v: unknown): boolean =>
  type == 'integer'
    ? Number.isInteger(v)
    : type == 'array'
      ? Array.isArray(v)
      : type == 'object'
        ? !!v && typeof v == 'object' && !Array.isArray(v)
        : type == 'null'
          ? v === null
          : typeof v == type;

/** JSON Schema (the 2020-12 keywords this document uses); returns the problems found. */
export function validate(schema: any, value: unknown, root: any, at = '$'): string[] {
  if (!schema || schema === true) return [];
  if (schema.$ref) return validate(resolvePointer(root, schema.$ref), value, root, at);
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${at}: ${what} (got ${JSON.stringify(value)})`);
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value)) say(`must be ${JSON.stringify(schema.const)}`);
  if (schema.enum && !schema.enum.includes(value)) say(`must be one of ${schema.enum.join(', ')}`);
  if (schema.type && ![].concat(schema.type).some((t) => typeOk(t, value))) {
    say(`must be ${schema.type}`);
    return problems;
  }
  if (typeof value == 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) say(`must match ${schema.pattern}`);
    if (schema.minLength != null && value.length < schema.minLength) say(`shorter than ${schema.minLength}`);
    if (schema.maxLength != null && value.length > schema.maxLength) say(`longer than ${schema.maxLength}`);
    if (schema.format == 'date-time' && !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value)) say('not a date-time');
    if (schema.format == 'date' && !/^\d{4}-\d\d-\d\d$/.test(value)) say('not a date');
    if (schema.format == 'email' && !/^[^\s@]+@[^\s@]+$/.test(value)) say('not an e-mail');
  }
  if (typeof value == 'number' && schema.minimum != null && value < schema.minimum) say(`below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items) value.forEach((item, n) => problems.push(...validate(schema.items, item, root, `${at}[${n}]`)));
  if (value && typeof value == 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) say(`lacks ${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {}))
      if (key in object) problems.push(...validate(sub, object[key], root, `${at}.${key}`));
  }
  for (const keyword of ['oneOf', 'anyOf'] as const)
    if (schema[keyword] && !schema[keyword].some((s: unknown) => !validate(s, value, root, at).length)) say(`matches no ${keyword}`);
  return problems;
}

/** The documented response for `status`: exact, then `4XX`/`5XX`, then `default`; `$ref`s resolved. */
export function documentedResponse(operation: any, status: number, root: any): any {
  const r = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`] ?? operation.responses.default;
  return r?.$ref ? resolvePointer(root, r.$ref) : r;
}
