/** The step indicator: every step with where it stands; steps reached before are buttons back to them. */
import { html, nothing } from 'lit';
import type { Lookup } from '../../i18n/lookup.js';
import type { FlowStep } from '../../model/index.js';
import { flowTexts, stepName } from './registration-texts.js';

/** What a step's last check found. */
export type StepMark = 'done' | 'error';

export interface StepListState {
  steps: readonly FlowStep[];
  current: FlowStep | 'complete';
  /** The furthest step reached (its index). */
  reached: number;
  marks: Partial<Record<FlowStep, StepMark>>;
  t: Lookup;
  go(step: FlowStep): void;
}

export function renderStepList({ steps, current, reached, marks, t, go }: StepListState) {
  const finished = current === 'complete';
  return html`<ol class="steps" part="steps" aria-label=${flowTexts.steps(t)}>
    ${steps.map((step, index) => {
      const isCurrent = step === current;
      const mark = finished ? 'done' : isCurrent ? undefined : marks[step];
      const state = isCurrent ? 'current' : (mark ?? 'todo');
      const name = stepName(step, t);
      // The state in words too: colour and icons alone say nothing to a screen reader.
      const said = mark === 'done' ? flowTexts.done(t) : mark === 'error' ? flowTexts.hasErrors(t) : undefined;
      const label = html`<span class="step-number" aria-hidden="true">${mark === 'done' ? '✓' : mark === 'error' ? '!' : index + 1}</span>
        <span class="step-name">${name}</span>${said ? html`<span class="visually-hidden"> (${said})</span>` : nothing}`;
      const reachable = !finished && !isCurrent && index <= reached;
      return html`<li class="step ${state}" part="step step-${state}" aria-current=${isCurrent ? 'step' : nothing}>
        ${reachable ? html`<button type="button" class="step-button" part="step-button" @click=${() => go(step)}>${label}</button>` : html`<span class="step-label">${label}</span>`}
      </li>`;
    })}
  </ol>`;
}
