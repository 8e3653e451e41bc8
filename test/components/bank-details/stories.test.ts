// The bank editor's stories about its rules reach the state they are named after.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { TirkeuBankDetails } from '../../../src/components/bank-details/bank-details.js';
import * as stories from '../../../stories/bank-details.stories.js';
import { errorOf, settle } from './helpers.js';

type Args = Parameters<NonNullable<typeof stories.default.render>>[0];
type AnyStory = { args?: Partial<Args> };

async function show(name: string): Promise<TirkeuBankDetails> {
  const story = (stories as unknown as Record<string, AnyStory>)[name]!;
  const args = { ...stories.default.args, ...story.args } as Args;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  render(stories.default.render!(args, {} as never) as TemplateResult, container);
  const el = container.querySelector<TirkeuBankDetails>('tirkeu-bank-details')!;
  await settle(el);
  return el;
}

describe('bank details stories', () => {
  it('MissingOpeningDate: the second account opens on its opening date', async () => {
    const el = await show('MissingOpeningDate');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="summary"]'), 'the summary');
    await settle(el);
    expect(errorOf(el, 'openedOn')).to.equal('Fill in this field.');
  });

  it('ServerErrors: the IBAN of the second account says so', async () => {
    const el = await show('ServerErrors');
    expect(errorOf(el, 'account')).to.contain('check digits');
  });

  it('BicAgainstIban: the warning names the IBAN\'s bank', async () => {
    const el = await show('BicAgainstIban');
    expect(el.shadowRoot!.querySelector('[part~="bank-mismatch"]')?.textContent).to.contain('Halyk Bank of Kazakhstan JSC');
  });
});
