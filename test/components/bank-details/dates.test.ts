// The bank editor's dates are typed and shown as the registration forms write them (issue 8):
// 31.12.2024 in a text box with the locale's pattern, rewritten so on leaving the box; its value
// carries YYYY-MM-DD.
import { expect, html } from '@open-wc/testing';
import { halykAccount } from '../../../mocks/sample-accounts.js';
import { control, errorOf, make, messageIn, openAccount, settle, typeInto } from './helpers.js';

/** The pattern as xliff/ru.xlf and xliff/kk.xlf write it (unit form.date.pattern). */
const PATTERN = { en: 'DD.MM.YYYY', ru: 'ДД.ММ.ГГГГ', kk: 'КК.АА.ЖЖЖЖ' } as const;

describe('tirkeu-bank-details: dates', () => {
  for (const locale of ['en', 'ru', 'kk'] as const) {
    it(`shows "Opened on" and "Closed on" as 12.03.2019 in text boxes that say ${PATTERN[locale]} (${locale})`, async () => {
      const el = await make(html`<tirkeu-bank-details resident locale=${locale}></tirkeu-bank-details>`, [
        { ...halykAccount, openedOn: '2019-03-12', closedOn: '2024-12-31' },
      ]);
      await openAccount(el);
      for (const [field, shown] of [['openedOn', '12.03.2019'], ['closedOn', '31.12.2024']] as const) {
        const input = control(el, field);
        expect(input.type, field).to.equal('text');
        expect(input.value, field).to.equal(shown);
        expect(input.placeholder, field).to.equal(PATTERN[locale]);
        expect(input.hasAttribute('min') || input.hasAttribute('max'), `${field}: no min/max of a date box`).to.equal(false);
      }
      expect(el.value[0]).to.include({ openedOn: '2019-03-12', closedOn: '2024-12-31' });
    });
  }

  it('rewrites a typed date as 31.12.2024 on leaving the box; the value is YYYY-MM-DD', async () => {
    const el = await make(undefined, [halykAccount]);
    await openAccount(el);
    for (const [typed, shown, iso] of [
      ['1/2/2024', '01.02.2024', '2024-02-01'],
      ['31-12-2023', '31.12.2023', '2023-12-31'],
      ['2020.05.17', '17.05.2020', '2020-05-17'],
      ['05.02.2019', '05.02.2019', '2019-02-05'],
    ] as const) {
      const input = await typeInto(el, 'openedOn', typed);
      expect(input.value, typed).to.equal(shown);
      expect(el.value[0]!.openedOn, typed).to.equal(iso);
      expect(errorOf(el, 'openedOn'), typed).to.equal('');
    }
  });

  it('keeps a date that does not exist as typed and says so', async () => {
    const el = await make(undefined, [halykAccount]);
    await openAccount(el);
    const input = await typeInto(el, 'openedOn', '31.02.2024');
    expect(input.value).to.equal('31.02.2024');
    expect(errorOf(el, 'openedOn')).to.equal(await messageIn('en', 'date-format'));
    expect(el.checkValidity()).to.equal(false);
  });

  it('compares typed dates as dates: a closing date before the opening date is refused', async () => {
    const el = await make(undefined, [halykAccount]);
    await openAccount(el);
    await typeInto(el, 'openedOn', '01.02.2024');
    await typeInto(el, 'closedOn', '31.12.2023');
    expect(errorOf(el, 'closedOn')).to.equal(await messageIn('en', 'date-order'));
    await typeInto(el, 'closedOn', '01.03.2024');
    await settle(el);
    expect(errorOf(el, 'closedOn')).to.equal('');
    expect(el.value[0]).to.include({ openedOn: '2024-02-01', closedOn: '2024-03-01' });
    expect(el.checkValidity()).to.equal(true);
  });
});
