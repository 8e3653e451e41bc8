import type { MsgFn, MsgOptions, StrResult, TemplateLike, TemplateMap } from '@lit/localize';

/**
 * A message lookup bound to one locale: called like @lit/localize's `msg()` (so that
 * `lit-localize extract` finds its calls: its type carries `msg`'s brand), but answering in
 * the locale it was made for, whatever any other element or the host page renders in.
 * Message helpers take one as a parameter: `fieldLabel(key, t)`.
 */
export type Lookup = MsgFn;

const isStr = (template: TemplateLike): template is StrResult =>
  typeof template === 'object' && template !== null && 'strTag' in template;

/** The strings of a `str` template with its values between them. */
function join(strings: readonly string[], values: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) text += String(values[i - 1]) + strings[i];
  return text;
}

/**
 * The text of `template` in the locale whose `templates` are given (`undefined`: the source
 * language). A translated `str` template holds, in place of each value, the index of the
 * source value that goes there: translators may reorder them.
 */
export function localizeTemplate(templates: TemplateMap | undefined, template: TemplateLike, options?: MsgOptions): string {
  const translated = options?.id !== undefined ? templates?.[options.id] : undefined;
  const source = isStr(template) ? template : undefined;
  if (typeof translated === 'string') return translated;
  if (translated && isStr(translated)) {
    return join(translated.strings, translated.values.map((index) => source?.values[index as number]));
  }
  if (source) return join(source.strings, source.values);
  // Our messages are text: a lit `html` template never reaches here (lit-localize would not
  // let a translator put markup into it either).
  return typeof template === 'string' ? template : String(template);
}

/** A `Lookup` over one locale's templates. */
export function lookupOver(templates: TemplateMap | undefined): Lookup {
  return ((template: TemplateLike, options?: MsgOptions) => localizeTemplate(templates, template, options)) as Lookup;
}
