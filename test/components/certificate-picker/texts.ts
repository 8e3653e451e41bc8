// Some of the picker's texts, as src and xliff/ru.xlf, xliff/kk.xlf write them: literal, so that
// a lookup that answers in the wrong locale cannot agree with itself. For the tests that check
// which language a picker speaks.
import type { TirkeuCertificatePicker } from '../../../src/components/certificate-picker/define.js';

export interface PickerTexts {
  /** The idle button (unit picker.select). */
  select: string;
  /** The line under it (picker.hint). */
  hint: string;
  /** The validity message of a required picker with nothing chosen (picker.required). */
  required: string;
  /** The `tirkeu-error` message when NCALayer does not answer (picker.error.unavailable.title). */
  unavailable: string;
}

export const PICKER_TEXTS: Record<'en' | 'ru' | 'kk', PickerTexts> = {
  en: {
    select: 'Select certificate',
    hint: "NCALayer opens its own window: there you choose the key storage and the key and enter the key's password. The password never reaches this page.",
    required: 'Choose a certificate in NCALayer.',
    unavailable: 'NCALayer is not running',
  },
  ru: {
    select: 'Выбрать сертификат',
    hint: 'NCALayer откроет своё окно: в нём вы выберете хранилище и ключ и введёте пароль от ключа. Пароль не попадает на эту страницу.',
    required: 'Выберите сертификат в NCALayer.',
    unavailable: 'NCALayer не запущен',
  },
  kk: {
    select: 'Кілтті таңдау',
    hint: 'NCALayer өз терезесін ашады: сонда кілт сақтағышы мен кілтті таңдап, кілттің құпия сөзін енгізесіз. Құпия сөз бұл бетке берілмейді.',
    required: 'NCALayer-де сертификат таңдаңыз.',
    unavailable: 'NCALayer іске қосылмаған',
  },
};

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** What an idle, required picker says now: on screen (button, hint) and to its form (validity). */
export function idleTexts(el: TirkeuCertificatePicker): Omit<PickerTexts, 'unavailable'> {
  const root = el.shadowRoot!;
  return {
    select: clean(root.querySelector('button')?.textContent),
    hint: clean(root.querySelector('.hint')?.textContent),
    required: el.validationMessage,
  };
}

/** The idle texts expected in `locale`. */
export function expectedIdle(locale: keyof typeof PICKER_TEXTS): Omit<PickerTexts, 'unavailable'> {
  const { select, hint, required } = PICKER_TEXTS[locale];
  return { select, hint, required };
}
