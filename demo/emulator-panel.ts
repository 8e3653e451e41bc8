/**
 * The emulator panel: which key the "user" picks in NCALayer and what NCALayer does, so every
 * path of the picker is one click away. It talks to the emulator's control server (GET /state,
 * POST /config) and, for "not running", asks the demo server to stop the emulator (a closed port
 * is the only honest "absent"). Every address comes from /demo-config.json.
 */
import { t, type DemoKey } from './i18n.js';

export interface DemoConfig {
  ncalayerUrl: string;
  controlUrl: string | null;
  emulatorRunning: boolean;
}

interface EmulatorState {
  config: { scenario: string; cert: string };
  scenarios: Record<string, string>;
  fixtures: Array<{ name: string }>;
}

const ABSENT = 'absent';
/** The scenarios a visitor needs; the emulator's other faults follow them, by name. */
const MAIN_SCENARIOS: Record<string, DemoKey> = { ok: 'scenario.ok', cancel: 'scenario.cancel', slow: 'scenario.slow', [ABSENT]: 'scenario.absent' };
const PEOPLE: Record<string, DemoKey> = { head: 'person.head', employee: 'person.employee', entrepreneur: 'person.entrepreneur', individual: 'person.individual' };
const PURPOSES: Record<string, DemoKey> = { auth: 'key.auth', sign: 'key.sign' };

const CERTIFICATE_ORDER = [...Object.keys(PEOPLE).flatMap((person) => Object.keys(PURPOSES).map((purpose) => `${person}-${purpose}`)), 'expired'];

/** A fixture's name in words: "Employee of the legal entity, signing key"; unknown ones by name. */
function certificateLabel(name: string): string {
  if (name === 'auto') return t('emulator.auto');
  if (name === 'expired') return t('key.expired');
  const [person, purpose] = name.split('-');
  const personKey = PEOPLE[person ?? ''];
  const purposeKey = PURPOSES[purpose ?? ''];
  return personKey && purposeKey && name === `${person}-${purpose}` ? `${t(personKey)}, ${t(purposeKey)}` : name;
}

function scenarioLabel(name: string): string {
  const key = MAIN_SCENARIOS[name];
  return key ? t(key) : name;
}

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function group(label: string, options: HTMLOptionElement[]): HTMLOptGroupElement {
  const element = document.createElement('optgroup');
  element.label = label;
  element.append(...options);
  return element;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { cache: 'no-store', ...init });
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

const postJson = <T>(url: string, body: unknown) =>
  json<T>(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export function setUpEmulatorPanel(root: HTMLElement, config: DemoConfig): { relabel: () => void } {
  const certSelect = root.querySelector<HTMLSelectElement>('#emulator-cert')!;
  const scenarioSelect = root.querySelector<HTMLSelectElement>('#emulator-scenario')!;
  const status = root.querySelector<HTMLElement>('#emulator-status')!;
  const trust = root.querySelector<HTMLElement>('#emulator-trust')!;
  const control = root.querySelector<HTMLElement>('#emulator-control')!;
  let state: EmulatorState | undefined;
  let running = config.emulatorRunning;
  /** What the status line says, kept as a key so that a language switch can say it again. */
  let said: () => string = () => '';

  function fillOptions(): void {
    const fixtures = state?.fixtures.map(({ name }) => name) ?? [];
    // In the order a visitor thinks of them (the emulator lists them in its "auto" order).
    const known = CERTIFICATE_ORDER.filter((name) => fixtures.includes(name));
    const others = fixtures.filter((name) => !known.includes(name));
    const cert = certSelect.value || state?.config.cert || 'auto';
    certSelect.replaceChildren(
      option('auto', certificateLabel('auto')),
      ...known.map((name) => option(name, certificateLabel(name))),
      ...(others.length ? [group(t('emulator.other'), others.map((name) => option(name, name)))] : []),
    );
    certSelect.value = cert;

    const faults = Object.keys(state?.scenarios ?? {}).filter((name) => !(name in MAIN_SCENARIOS));
    const scenario = scenarioSelect.value || (running ? state?.config.scenario : ABSENT) || 'ok';
    scenarioSelect.replaceChildren(
      ...Object.keys(MAIN_SCENARIOS).map((name) => option(name, scenarioLabel(name))),
      ...(faults.length ? [group(t('emulator.faults'), faults.map((name) => option(name, name)))] : []),
    );
    scenarioSelect.value = scenario;
  }

  function say(text: () => string): void {
    said = text;
    status.textContent = text();
  }

  function showAddresses(): void {
    const probe = config.ncalayerUrl.replace(/^wss:/, 'https:');
    const [before, after = ''] = t('emulator.trust').split('{url}');
    const link = document.createElement('a');
    link.href = probe;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = probe;
    trust.replaceChildren(before ?? '', link, after);
    control.textContent = config.controlUrl ? t('emulator.control', { url: config.controlUrl }) : '';
  }

  function showConfig(): void {
    if (!running) return say(() => t('emulator.stopped', { url: config.ncalayerUrl }));
    const current = state!.config;
    say(() => t('emulator.status', { scenario: scenarioLabel(current.scenario), cert: certificateLabel(current.cert) }));
  }

  async function readState(): Promise<void> {
    state = await json<EmulatorState>(`${config.controlUrl}/state`);
  }

  async function apply(): Promise<void> {
    const scenario = scenarioSelect.value;
    certSelect.disabled = scenarioSelect.disabled = true;
    try {
      if (scenario === ABSENT) {
        running = (await postJson<DemoConfig>('/demo-config.json', { running: false })).emulatorRunning;
      } else {
        if (!running) running = (await postJson<DemoConfig>('/demo-config.json', { running: true })).emulatorRunning;
        await postJson(`${config.controlUrl}/config`, { scenario, cert: certSelect.value });
        await readState();
      }
      showConfig();
    } catch (error) {
      const reason = String((error as Error).message ?? error);
      say(() => t('emulator.unreachable', { reason }));
    } finally {
      certSelect.disabled = scenarioSelect.disabled = false;
    }
  }

  certSelect.addEventListener('change', apply);
  scenarioSelect.addEventListener('change', apply);

  async function start(): Promise<void> {
    showAddresses();
    if (!config.controlUrl) return say(() => t('emulator.none'));
    try {
      // The emulator's lists (and its config) are read while it runs; stopped, it is started once to read them.
      if (!running) running = (await postJson<DemoConfig>('/demo-config.json', { running: true })).emulatorRunning;
      await readState();
      if (!config.emulatorRunning) running = (await postJson<DemoConfig>('/demo-config.json', { running: false })).emulatorRunning;
      fillOptions();
      showConfig();
      certSelect.disabled = scenarioSelect.disabled = false;
    } catch (error) {
      const reason = String((error as Error).message ?? error);
      say(() => t('emulator.unreachable', { reason }));
    }
  }
  void start();

  return {
    relabel() {
      if (state) fillOptions();
      showAddresses();
      status.textContent = said();
    },
  };
}
