import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { TirkeuElement } from '../../src/components/shared/tirkeu-element.js';

/** A minimal localized element for the i18n tests. */
export class TirkeuI18nProbe extends TirkeuElement {
  name = 'Aigul';
  override render() {
    return html`<p>${msg('Continue')}</p><p>${msg(str`Hello, ${this.name}!`)}</p>`;
  }
}
if (!customElements.get('tirkeu-i18n-probe')) customElements.define('tirkeu-i18n-probe', TirkeuI18nProbe);
