import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { TirkeuElement } from '../../../src/components/shared/tirkeu-element.js';
import { themeStyles } from '../../../src/components/shared/theme.styles.js';
import { fieldStyles } from '../../../src/components/shared/field.styles.js';
import { errorSummary, field, ifDefined } from '../../../src/components/shared/field.js';
import { HintController } from '../../../src/components/shared/hint-controller.js';
import { ValidationController } from '../../../src/components/shared/validation-controller.js';
import { FormatController } from '../../../src/components/shared/format-controller.js';
import { groupsOfFour } from '../../../src/components/shared/caret-format.js';

const MESSAGES: Record<string, string> = { required: 'Enter your name', iban: 'Enter a valid IBAN' };

/** A two-field form composed from the shared parts, as a section of a real form would be. */
export class TirkeuFieldProbe extends TirkeuElement {
  static override styles = [themeStyles, fieldStyles];
  @state() values = { name: '', iban: '' };
  readonly validation = new ValidationController(this, {
    validate: () => ({
      name: this.values.name.trim() ? undefined : 'required',
      iban: /^[A-Z]{2}\d{2}[A-Z0-9]{4,30}$/.test(this.values.iban.replace(/ /g, '')) ? undefined : 'iban',
    }),
    message: (code) => MESSAGES[code],
  });
  readonly hints = new HintController(this);
  readonly formats = new FormatController(this, { iban: groupsOfFour });

  override render() {
    const t = this.localize.msg;
    const input = (key: 'name' | 'iban', format?: string) =>
      field({
        id: this.validation.idFor(key),
        t,
        label: key === 'name' ? 'Name' : 'IBAN',
        help: key === 'iban' ? 'As on your bank letter' : undefined,
        hint: key === 'iban' ? 'The international bank account number' : undefined,
        error: this.validation.error(key),
        control: (a) =>
          html`<input
            id=${a.id}
            part="input"
            data-field=${key}
            data-format=${ifDefined(format)}
            aria-describedby=${ifDefined(a.describedBy)}
            aria-invalid=${a.invalid ? 'true' : 'false'}
            .value=${this.values[key]}
            @input=${(e: Event) => (this.values = { ...this.values, [key]: (e.target as HTMLInputElement).value })}
          />`,
      });
    return html`${errorSummary(this.validation.summary(), t)} ${input('name')} ${input('iban', 'iban')}
      <button @click=${() => this.validation.submit({ focus: true })}>Submit</button>`;
  }
}
if (!customElements.get('tirkeu-field-probe')) customElements.define('tirkeu-field-probe', TirkeuFieldProbe);
