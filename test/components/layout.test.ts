// Layout in long languages: Russian and Kazakh labels wrap to two lines where English ones do not.
// Whatever the labels do, the controls of one line of fields sit at one height, a password and
// its repetition share a line where there is room, and a hint's "?" follows its label's last word.
// Measured in the browser on the forms and the bank editor, 1280 and 375 px wide, in every locale.
import { expect } from '@open-wc/testing';
import { renderState, settle, type WidgetState } from './widget-states.js';
import { fieldId } from '../../src/components/shared/field.js';

const LOCALES = ['en', 'ru', 'kk'] as const;
const WIDTHS = [1280, 375] as const;
const STATES: readonly WidgetState[] = ['resident-empty', 'resident-errors', 'nonresident-errors', 'bank-open', 'bank-errors'];

/** How far (px) a "?" may start from its label's last word: the 0.4em gap, and a rounding. */
const HINT_GAP_MAX = 10;

interface Cell {
  name: string;
  item: Element;
  control: Element;
}

/** Every shadow root under (and of) `root`: the form's, its bank editor's, their comboboxes'. */
function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  return [root, ...[...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? shadowRoots(el.shadowRoot) : []))];
}

/** The text box of a grid item: a field's control (what follows its label and help), a combobox's input. */
function controlOf(item: Element): Element | undefined {
  if (item.localName === 'tirkeu-combobox') return item.shadowRoot!.querySelector('input') ?? undefined;
  return [...item.children].find((child) => !child.matches('.label-row, .help'));
}

function nameOf(item: Element): string {
  const root = item.localName === 'tirkeu-combobox' ? item.shadowRoot! : item;
  return root.querySelector('label')?.textContent?.replace(/\s+/g, ' ').trim() ?? item.localName;
}

/** The fields of each grid of fields (a form section, an account), as lines of cells by their top. */
function linesOfFields(roots: ShadowRoot[]): Cell[][] {
  const lines: Cell[][] = [];
  for (const grid of roots.flatMap((r) => [...r.querySelectorAll('.grid, .fields')])) {
    const byTop = new Map<number, Cell[]>();
    for (const item of grid.children) {
      if (!item.matches('.field, tirkeu-combobox')) continue;
      const control = controlOf(item);
      if (!control) continue;
      const top = Math.round(item.getBoundingClientRect().top);
      const line = [...byTop.keys()].find((t) => Math.abs(t - top) <= 1) ?? top;
      byTop.set(line, [...(byTop.get(line) ?? []), { name: nameOf(item), item, control }]);
    }
    lines.push(...byTop.values());
  }
  return lines;
}

const top = (el: Element) => el.getBoundingClientRect().top;

/** Lines whose controls do not share one top (±1 px), described for the failure message. */
function misaligned(lines: Cell[][]): string[] {
  return lines
    .filter((line) => line.length > 1)
    .filter((line) => Math.max(...line.map((c) => top(c.control))) - Math.min(...line.map((c) => top(c.control))) > 1)
    .map((line) => line.map((c) => `${c.name} @${Math.round(top(c.control))}`).join(' | '));
}

/** The box of the last line of a label's text (a Range sees the text, not the label's box). */
function lastLineOf(label: Element): DOMRect | undefined {
  const range = document.createRange();
  range.selectNodeContents(label);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  return rects.at(-1);
}

/** Hints whose "?" is not right after its label's last word, described. */
function strayHints(roots: ShadowRoot[]): string[] {
  const problems: string[] = [];
  for (const button of roots.flatMap((r) => [...r.querySelectorAll('button.hint')])) {
    const label = button.parentElement!.querySelector('label')!;
    const end = lastLineOf(label)!;
    const hint = button.getBoundingClientRect();
    const gap = hint.left - end.right;
    const middle = (hint.top + hint.bottom) / 2;
    if (gap < -1 || gap > HINT_GAP_MAX || middle < end.top || middle > end.bottom) {
      problems.push(`${label.textContent!.replace(/\s+/g, ' ').trim()}: "?" ${Math.round(gap)} px after the text, at ${Math.round(middle)} for a last line ${Math.round(end.top)}–${Math.round(end.bottom)}`);
    }
  }
  return problems;
}

describe('layout of the fields in every language', () => {
  let stage: HTMLElement;

  beforeEach(() => {
    stage = document.createElement('div');
    // A font with every Kazakh letter, so that no glyph comes from a fallback of another size.
    stage.style.font = "16px/1.4 'DejaVu Sans', sans-serif";
    document.body.append(stage);
  });

  afterEach(() => stage.remove());

  for (const state of STATES) {
    for (const locale of LOCALES) {
      it(`${state}, ${locale}: one line of fields has its controls at one height, the "?" beside its label`, async () => {
        const widget = await renderState(stage, state, locale);
        const problems: string[] = [];
        for (const width of WIDTHS) {
          widget.style.width = `${width}px`;
          await settle(stage);
          const roots = shadowRoots(widget.shadowRoot!);
          const lines = linesOfFields(roots);
          expect(lines.length, 'lines of fields found').to.be.greaterThan(1);
          problems.push(...misaligned(lines).map((p) => `${width} px, controls at different heights: ${p}`));
          problems.push(...strayHints(roots).map((p) => `${width} px, ${p}`));
          const host = widget.getBoundingClientRect();
          for (const line of lines) {
            for (const { name, control } of line) {
              const box = control.getBoundingClientRect();
              if (box.left < host.left - 1 || box.right > host.right + 1) problems.push(`${width} px: ${name} sticks out of the widget`);
            }
          }
        }
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  }

  for (const locale of LOCALES) {
    it(`${locale}: the password and its repetition share a line at 1280 px and stack at 375 px`, async () => {
      const widget = await renderState(stage, 'resident-errors', locale);
      const password = () => widget.shadowRoot!.getElementById(fieldId('user.password'))!.getBoundingClientRect();
      const repeat = () => widget.shadowRoot!.getElementById(fieldId('user.passwordRepeat'))!.getBoundingClientRect();

      widget.style.width = '1280px';
      await settle(stage);
      expect(Math.abs(password().top - repeat().top), 'their tops at 1280 px').to.be.at.most(1);
      expect(repeat().left, 'the repetition is right of the password').to.be.greaterThan(password().right);

      widget.style.width = '375px';
      await settle(stage);
      expect(repeat().top, 'the repetition is under the password').to.be.greaterThan(password().bottom);
      expect(Math.abs(repeat().left - password().left), 'one column').to.be.at.most(1);
    });
  }
});
