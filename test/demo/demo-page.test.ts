// The demo (`npm start`) as a visitor meets it: its own server on ports the test chose, the page
// opened top-level in a tab of this engine under the server's CSP, driven by real key presses.
// tools/test/demo-page-plugin.mjs runs the server and the tab; nothing in the page is for tests.
import { expect } from '@open-wc/testing';
import { choose, command, inPage, panelSettled, pageUntil, press, waitForPage, type Demo, type EmulatorState } from './demo-helpers.js';

/** What a tab shows: which tab is chosen and focused, the hash, the visible panels and what they hold. */
function tabView() {
  const visible = [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((panel) => !panel.hidden);
  const selected = [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((tab) => tab.id);
  const widgets = visible.flatMap((panel) =>
    [...panel.children].filter((child) => child.localName.startsWith('tirkeu-')).map((child) => `${child.localName}${child.shadowRoot ? '' : ' (not rendered)'}`),
  );
  const tabbable = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].filter((tab) => tab.tabIndex === 0).map((tab) => tab.id);
  return { selected, focused: document.activeElement?.id, hash: location.hash, panels: visible.map((panel) => panel.id), widgets, tabbable };
}

const TABS: Array<[id: string, tag: string]> = [
  ['registration', 'tirkeu-registration'],
  ['certificate', 'tirkeu-certificate-picker'],
  ['resident', 'tirkeu-resident-form'],
  ['nonresident', 'tirkeu-nonresident-form'],
  ['bank', 'tirkeu-bank-details'],
  ['documents', 'tirkeu-document-uploader'],
  ['drafts', 'tirkeu-draft-banner'],
];

function expectTab(view: ReturnType<typeof tabView>, id: string, tag: string, focused = true): void {
  expect(view.selected, 'the one chosen tab').to.deep.equal([`tab-${id}`]);
  expect(view.tabbable, 'only the chosen tab is in the Tab order').to.deep.equal([`tab-${id}`]);
  if (focused) expect(view.focused).to.equal(`tab-${id}`);
  expect(view.hash).to.equal(`#${id}`);
  expect(view.panels).to.deep.equal([`panel-${id}`]);
  expect(view.widgets, 'the widget alone, rendered').to.deep.equal([tag]);
}

describe('the demo page (npm start), as a visitor opens it', function () {
  this.timeout(120000);
  let demo: Demo;

  before(async function () {
    this.timeout(120000);
    demo = await command<Demo>('demo-start');
    await command('demo-open', { hash: '' });
    await waitForPage();
  });
  after(() => command('demo-close'));

  it('is served under a strict CSP that names the ports it was started with', async () => {
    const { csp, ncalayerPort, controlPort } = demo;
    const directives = new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('connect-src')).to.have.members(["'self'", `wss://127.0.0.1:${ncalayerPort}`, `https://127.0.0.1:${ncalayerPort}`, `http://127.0.0.1:${controlPort}`]);
    expect(directives.get('script-src')).to.deep.equal(["'self'"]);
    expect(directives.get('require-trusted-types-for')).to.deep.equal(["'script'"]);
    expect(directives.get('trusted-types')).to.have.members(['lit-html', 'tirkeu-pdf', 'default']);
    expect(csp).not.to.match(/unsafe-inline|unsafe-eval|13579/);
    // The widgets connect where the server said, and the start-up lines say where to steer the emulator.
    expect(await inPage(() => document.querySelector('tirkeu-registration')?.getAttribute('ncalayer-url'))).to.equal(`wss://127.0.0.1:${ncalayerPort}`);
    expect(demo.output).to.include(`Control: http://127.0.0.1:${controlPort}`);
    expect(demo.output).to.include(`wss://127.0.0.1:${ncalayerPort}`);
  });

  it('shows each widget alone on its tab; arrows, Home and End move; the hash keeps the tab over a reload', async () => {
    expectTab((await inPage(tabView))!, 'registration', 'tirkeu-registration', false);
    await inPage(() => document.getElementById('tab-registration')!.focus());
    for (const [id, tag] of TABS.slice(1)) {
      await press('ArrowRight');
      await pageUntil(`the ${id} tab's widget is there`, (panel: string) => !!document.getElementById(panel)?.firstElementChild, `panel-${id}`);
      expectTab((await inPage(tabView))!, id, tag);
    }
    await press('ArrowRight');
    expectTab((await inPage(tabView))!, 'registration', 'tirkeu-registration');
    await press('End');
    expectTab((await inPage(tabView))!, 'drafts', 'tirkeu-draft-banner');
    await press('Home');
    expectTab((await inPage(tabView))!, 'registration', 'tirkeu-registration');
    await press('ArrowLeft');
    await press('ArrowLeft');
    await press('ArrowLeft');
    expectTab((await inPage(tabView))!, 'bank', 'tirkeu-bank-details');

    await command('demo-reload');
    await waitForPage();
    expectTab((await inPage(tabView))!, 'bank', 'tirkeu-bank-details', false);
    await inPage(() => document.getElementById('tab-registration')!.click());
  });

  it('speaks kk, ru and en, its own words as well as the widgets', async () => {
    const words = () => ({
      lang: document.documentElement.lang,
      title: document.title,
      tabs: ['tab-registration', 'tab-bank', 'tab-drafts'].map((id) => document.getElementById(id)!.textContent),
      emulator: document.getElementById('emulator-title')!.textContent,
      scenario: (document.getElementById('emulator-scenario') as HTMLSelectElement).selectedOptions[0]?.textContent,
      flow: document.querySelector('tirkeu-registration')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim(),
    });
    const english = (await inPage(words))!;
    expect(english).to.deep.include({ lang: 'en', title: 'Registration — Procurement portal (demo)', emulator: 'NCALayer emulator', scenario: 'Answers normally' });
    expect(english.tabs).to.deep.equal(['Registration', 'Bank accounts', 'Drafts']);

    await choose('demo-locale', 'ru');
    await pageUntil('the flow speaks Russian', (before: string) => document.querySelector('tirkeu-registration')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() !== before, english.flow ?? '');
    const russian = (await inPage(words))!;
    expect(russian).to.deep.include({ lang: 'ru', title: 'Регистрация — Портал закупок (демо)', emulator: 'Эмулятор NCALayer', scenario: 'Отвечает как обычно' });
    expect(russian.tabs).to.deep.equal(['Регистрация', 'Банковские счета', 'Черновики']);

    await choose('demo-locale', 'kk');
    await pageUntil('the flow speaks Kazakh', (before: string) => document.querySelector('tirkeu-registration')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() !== before, russian.flow ?? '');
    const kazakh = (await inPage(words))!;
    expect(kazakh).to.deep.include({ lang: 'kk', title: 'Тіркеу — Сатып алу порталы (демо)', emulator: 'NCALayer эмуляторы', scenario: 'Қалыпты жауап береді' });
    expect(kazakh.tabs).to.deep.equal(['Тіркеу', 'Банктік шоттар', 'Жобалар']);

    // The choice is the visitor's until changed: a reload keeps it.
    await command('demo-reload');
    await waitForPage();
    expect((await inPage(words))!.lang).to.equal('kk');
    await choose('demo-locale', 'en');
    expect((await inPage(words))!.tabs).to.deep.equal(['Registration', 'Bank accounts', 'Drafts']);
  });

  it('its emulator panel steers the emulator: key, scenario and "not running"', async () => {
    const state = () => command<EmulatorState>('demo-emulator-state');
    expect((await state()).config).to.include({ scenario: 'ok', cert: 'auto' });

    await choose('emulator-cert', 'head-sign');
    await panelSettled();
    await choose('emulator-scenario', 'cancel');
    await panelSettled();
    expect((await state()).config).to.include({ scenario: 'cancel', cert: 'head-sign' });

    await choose('emulator-cert', 'employee-auth');
    await panelSettled();
    await choose('emulator-scenario', 'slow');
    await panelSettled();
    expect((await state()).config).to.include({ scenario: 'slow', cert: 'employee-auth' });

    await choose('emulator-scenario', 'absent');
    await panelSettled();
    expect(await command('demo-ncalayer-open'), 'nothing listens on NCALAYER_PORT').to.equal(false);
    expect((await state()).error).to.be.a('string');
    expect(await inPage(() => document.getElementById('emulator-status')!.textContent)).to.include(`wss://127.0.0.1:${demo.ncalayerPort}`);

    await choose('emulator-scenario', 'ok');
    await panelSettled();
    expect(await command('demo-ncalayer-open')).to.equal(true);
    expect((await state()).config, 'the key chosen before is kept').to.include({ scenario: 'ok', cert: 'employee-auth' });
    await choose('emulator-cert', 'auto');
    await panelSettled();
    expect((await state()).config).to.include({ scenario: 'ok', cert: 'auto' });
  });

  it('after every tab: no CSP violation, no console error; what the CSP does not name is refused and reported', async () => {
    for (const [id] of TABS) {
      await inPage((tab: string) => document.getElementById(`tab-${tab}`)!.click(), id);
      await pageUntil(`the ${id} tab is shown`, (panel: string) => !!document.getElementById(panel)?.firstElementChild, `panel-${id}`);
    }
    await inPage(() => document.getElementById('tab-registration')!.click());
    // Reports travel on their own: give the browser a moment to send any.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await command('demo-problems')).to.deep.equal({ violations: [], errors: [] });
    expect(await command('demo-csp-reports')).to.deep.equal([]);

    // The same watchers do see a violation: a socket to a port the CSP does not name.
    await inPage((port: number) => {
      try {
        new WebSocket(`wss://127.0.0.1:${port}`);
      } catch {
        // Some engines refuse at once; the violation is reported either way.
      }
    }, demo.unusedPort);
    await pageUntil('the page saw the violation', () => (window as unknown as { __tirkeuDemoVisit: { violations: string[] } }).__tirkeuDemoVisit.violations.length);
    const { violations } = await command<{ violations: string[] }>('demo-problems');
    expect(violations).to.have.length(1);
    expect(violations[0]).to.match(/^connect-src /).and.include(`127.0.0.1:${demo.unusedPort}`);
    let reports: string[] = [];
    for (let i = 0; i < 50 && !reports.length; i++) {
      reports = await command<string[]>('demo-csp-reports');
      if (!reports.length) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(reports).to.have.length(1);
    expect(reports[0]).to.include('connect-src').and.include(`${demo.unusedPort}`);
  });
});
