// The certificate fields of the sample first head of «Дала Инжиниринг», as the resident form
// reads them from a chosen certificate: one copy for stories, tests and screenshots.
import type { CertificateFields } from '../src/components/registration-sections/prefill.js';
import { NEW_BIN } from './backend/data.js';

/** A new user of the mock backend (IIN with a right check digit, born 1 Jan 1990). */
export const SAMPLE_IIN = '900101300017';

/** The sample head's certificate fields; `extra` overrides any (a `bin` of null: an individual). */
export const sampleCertificate = (extra: Partial<CertificateFields> = {}): CertificateFields => {
  const bin = 'bin' in extra ? extra.bin : NEW_BIN;
  return {
    iin: SAMPLE_IIN,
    surname: 'СЕЙТҚАЛИ',
    givenName: 'АЙГЕРІМ',
    patronymic: 'ЕРЛАНҚЫЗЫ',
    commonName: 'СЕЙТҚАЛИ АЙГЕРІМ',
    organisation: 'ТОО «Дала Инжиниринг»',
    email: 'a.seitkali@dala-eng.example.kz',
    subjectKind: bin ? 'legal-entity' : 'individual',
    ...extra,
    bin,
  };
};
