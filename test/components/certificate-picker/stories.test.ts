// Every Storybook story of the picker reaches the state it is named after (in-page fake only).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';
import * as stories from '../../../stories/certificate-picker.stories.js';

type Args = Parameters<NonNullable<typeof stories.default.render>>[0];
type AnyStory = { args?: Partial<Args>; render?: (args: Args, context: never) => unknown };

const EXPECTED: Record<string, { state: string; code?: string; text?: string }> = {
  Idle: { state: 'idle', text: 'Select certificate' },
  Connecting: { state: 'connecting', text: 'Connecting to NCALayer' },
  LocalNetworkPrompt: { state: 'permission', text: 'Click "Allow"' },
  RussianLocalNetworkPrompt: { state: 'permission', text: 'Нажмите «Разрешить»' },
  Waiting: { state: 'waiting', text: 'Waiting for NCALayer' },
  SelectedIndividual: { state: 'selected', text: 'ТЕСТОВ АРМАН ЕРЛАНҰЛЫ' },
  SelectedLegalEntity: { state: 'selected', text: 'First head' },
  SelectedEmployee: { state: 'selected', text: 'Employee' },
  ExpiringSoon: { state: 'selected', text: 'expires in 12 days' },
  ErrorNotRunning: { state: 'error', code: 'ncalayer-unavailable', text: 'pki.gov.kz' },
  ErrorNotResponding: { state: 'error', code: 'ncalayer-not-responding', text: 'NCALayer does not respond' },
  ErrorBlockedByCsp: { state: 'error', code: 'ncalayer-blocked-by-csp', text: 'This page cannot reach NCALayer' },
  ErrorSignatureMismatch: { state: 'error', code: 'ncalayer-signature-mismatch', text: 'signature that came back is over other data' },
  ErrorLocalNetworkBlocked: { state: 'error', code: 'local-network-blocked', text: 'loopback-network' },
  ErrorCancelled: { state: 'error', code: 'ncalayer-cancelled' },
  ErrorNcaLayerFailure: { state: 'error', code: 'ncalayer-failed', text: 'токен не подключён' },
  ErrorConnectionDropped: { state: 'error', code: 'ncalayer-closed' },
  ErrorExpired: { state: 'error', code: 'certificate-expired' },
  ErrorNotYetValid: { state: 'error', code: 'certificate-not-yet-valid' },
  ErrorWrongKind: { state: 'error', code: 'certificate-wrong-kind' },
  HostileCertificateText: { state: 'selected', text: '<img src=x onerror=alert(1)>' },
  Dark: { state: 'selected', text: 'First head' },
  DarkError: { state: 'error', code: 'ncalayer-unavailable' },
  Russian: { state: 'selected', text: 'Первый руководитель' },
  RussianNotRunning: { state: 'error', code: 'ncalayer-unavailable', text: 'NCALayer не запущен' },
  Kazakh: { state: 'selected', text: 'Жеке тұлға' },
  KazakhExpiringSoon: { state: 'selected', text: '12 күннен кейін' },
  AnotherChoiceCancelled: { state: 'selected', text: 'Nothing changed: you are still using the certificate of ИВАНОВ ИВАН ИВАНОВИЧ.' },
  AnotherChoiceFailed: { state: 'error', code: 'ncalayer-failed', text: 'Nothing changed: you are still using the certificate of ИВАНОВ ИВАН ИВАНОВИЧ.' },
  Disabled: { state: 'idle' },
  InAForm: { state: 'idle' },
};

describe('certificate picker stories', () => {
  const names = Object.keys(stories).filter((name) => name !== 'default');

  it('are all checked here', () => {
    expect(names.sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`${name} reaches its state`, async () => {
      const story = (stories as unknown as Record<string, AnyStory>)[name]!;
      const args = { ...stories.default.args, ...story.args } as Args;
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const template = (story.render ?? stories.default.render)!(args, {} as never) as TemplateResult;
      render(template, container);
      const picker = container.querySelector<TirkeuCertificatePicker>('tirkeu-certificate-picker')!;
      await stories.default.play!({ canvasElement: container, args } as never);
      const expected = EXPECTED[name]!;
      await waitUntil(() => picker.state === expected.state, `${name}: ${picker.state}`, { timeout: 8000 });
      if (expected.code) expect(picker.errorCode).to.equal(expected.code);
      if (expected.text) {
        const text = () => picker.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        await waitUntil(() => text().includes(expected.text!)).catch(() => {
          throw new Error(`${name}: "${expected.text}" missing in: ${text()}`);
        });
      }
      if (name === 'Disabled') expect(picker.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
      await expect(picker).to.be.accessible();
    });
  }
});
