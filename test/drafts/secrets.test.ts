import { expect } from '@open-wc/testing';
import { cleanUp, dbName, documentFile, draftInput, formData, open, rawRecords } from './helpers.js';

describe('drafts: secrets are refused', () => {
  afterEach(cleanUp);

  const refused: [string, Record<string, unknown>][] = [
    ['a flat password field', { ...formData(), 'user.password': 'Qwerty12!' }],
    ['an empty password field (the key alone)', { ...formData(), 'user.password': '' }],
    ['the repeated password', { 'user.passwordRepeat': 'Qwerty12!' }],
    ['the e-mail code', { 'user.emailCode': '123456' }],
    ['a nested password', { form: { user: { password: 'x' } } }],
    ['a password in an array', { people: [{ name: 'a' }, { Password: 'x' }] }],
    ['snake and kebab case', { email_code: '1' }],
    ['another spelling', { 'password-repeat': 'x' }],
    ['code next to email', { contact: { email: 'a@example.kz', code: '123456' } }],
    ['flat code next to flat email', { 'user.email': 'a@example.kz', 'user.code': '123456' }],
  ];
  for (const [what, data] of refused) {
    it(`refuses ${what}, and writes nothing`, async () => {
      const name = dbName('secret');
      const store = await open(name);
      expect(await store.save(draftInput('d1', { data }))).to.deep.equal({ ok: false, code: 'draft-secret' });
      expect((await rawRecords(name)).filter((r) => r.store === 'drafts')).to.deep.equal([]);
    });
  }

  it('refuses a secret in a file’s metadata too', async () => {
    const store = await open(dbName('secret-file'));
    const file = { ...(await documentFile('passport', 'p')), inspection: { password: 'pdf-owner-password' } };
    expect(await store.save(draftInput('d1', { files: [file] }))).to.deep.equal({ ok: false, code: 'draft-secret' });
  });

  it('keeps names that only look alike', async () => {
    const store = await open(dbName('not-secret'));
    const data = {
      ...formData(),
      passwordHint: 'shown beside the field',
      company: { code: 'OKPO-123' },
      'user.emailConfirmed': true,
      'company.code': 'X1',
      contact: { email: 'a@example.kz', phone: '+77011234567' },
      other: { email: 'a@example.kz' },
      codes: { code: 'next to no e-mail' },
    };
    expect((await store.save(draftInput('d1', { data }))).ok).to.equal(true);
    const loaded = await store.load('d1');
    expect(loaded.ok && loaded.draft.data).to.deep.equal(data);
  });
});
