import type { NonResidentRegistration } from '../src/model/index.js';
import { deutscheAccount } from './sample-accounts.js';

/**
 * A non-resident's registration, complete (without documents), that stories, screenshots and
 * benchmarks fill the flow with: a German company, typed by hand as a user would.
 */
export const sampleNonResident = {
  kind: 'non-resident',
  legalStatus: 'legal-entity',
  user: { surname: 'Schmidt', name: 'Anna', phone: '+49301234567', email: 'anna.schmidt@example.de', position: 'Geschäftsführerin' },
  company: { name: 'Rhein Anlagenbau GmbH', identifier: 'HRB 123456', country: 'DE', email: 'info@rhein.example.de', phone: '+49307654321', legalAddress: 'Berlin, Unter den Linden 1' },
  bankAccounts: [deutscheAccount],
} satisfies Partial<Record<keyof NonResidentRegistration, unknown>>;
