import { expect } from '@open-wc/testing';
import { HttpBackend, serializePayload, type RegistrationPayload } from '../../src/backend/index.js';
import { codeFor } from '../../src/backend/errors.js';
import {
  createBackendHandlers,
  DEMO_EMAIL_CODE,
  EXISTING_EMAIL,
  EXISTING_IIN,
  INVITATIONS,
  mockSignature,
  NEW_BIN,
  REGISTERED_BIN,
} from '../../mocks/backend/index.js';
import { documentedResponse, parseYaml, validate } from './openapi-tools.js';
import { API, freshBackend } from './setup.js';

interface Exchange {
  method: string;
  path: string;
  status: number;
  body: string;
  request?: BodyInit | null;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('mock backend and docs/openapi.yaml', () => {
  let doc: any;

  before(async () => {
    doc = parseYaml(await (await fetch('/docs/openapi.yaml')).text());
  });

  const operations = () =>
    Object.entries(doc.paths as Record<string, any>).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((method) => ({ method, path, operation: item[method] })),
    );

  const operationFor = (method: string, path: string) =>
    operations().find(
      (o) => o.method == method.toLowerCase() && new RegExp(`^${o.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
    );

  it('is an OpenAPI 3.1 document with seven operations', () => {
    expect(doc.openapi).to.equal('3.1.0');
    expect(operations()).to.have.length(7);
  });

  it('has a mock handler for every operation and an operation for every handler', () => {
    const documented = operations().map((o) => `${o.method.toUpperCase()} ${API}${o.path.replace(/\{([^}]+)\}/g, ':$1')}`);
    const mocked = createBackendHandlers().map((h) => `${h.info.method} ${h.info.path}`);
    expect(mocked.sort()).to.deep.equal(documented.sort());
  });

  it('names each operation after its RegistrationBackend method', () => {
    const methods = Object.getOwnPropertyNames(HttpBackend.prototype).filter((n) => n != 'constructor');
    expect(operations().map((o) => o.operation.operationId).sort()).to.deep.equal(methods.sort());
  });

  it('lists error codes that HttpBackend keeps as they are', () => {
    const codes: string[] = doc.components.schemas.ErrorCode.enum;
    expect(codes.filter((code) => codeFor(400, code) != code)).to.deep.equal([]);
  });

  it('documents every answer of a tour through the mock, and every request HttpBackend sends', async () => {
    await freshBackend();
    const log: Exchange[] = [];
    const backend = new HttpBackend({
      apiBase: API,
      retries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const url = new URL(String(input), location.href);
        log.push({ method: init?.method ?? 'GET', path: url.pathname.slice(API.length), status: response.status, body: await response.clone().text(), request: init?.body });
        return response;
      },
    });
    const settle = (p: Promise<unknown>) => p.catch(() => undefined);
    const person = { iin: '900101300017', surname: 'ИВАНОВ', name: 'ИВАН' };

    // Certificate: new user with organisation, registered organisation, existing user, used challenge, bad signature.
    let { challenge } = await backend.getChallenge();
    await backend.presentCertificate({ signature: mockSignature(challenge, { ...person, bin: NEW_BIN }), format: 'cms', checkOnly: true });
    await backend.presentCertificate({ signature: mockSignature(challenge, { ...person, bin: REGISTERED_BIN }), format: 'cms' });
    await settle(backend.presentCertificate({ signature: mockSignature(challenge, person), format: 'cms' }));
    ({ challenge } = await backend.getChallenge());
    await settle(backend.presentCertificate({ signature: mockSignature(challenge, { ...person, iin: EXISTING_IIN }), format: 'cms' }));
    await settle(backend.presentCertificate({ signature: 'AAAA', format: 'cms' }));
    // E-mail: sent, too soon, taken, malformed, wrong, expired, confirmed, burned.
    await backend.sendEmailCode({ email: 'a@example.kz' });
    await settle(backend.sendEmailCode({ email: 'a@example.kz' }));
    await settle(backend.sendEmailCode({ email: EXISTING_EMAIL }));
    await settle(backend.sendEmailCode({ email: 'not-an-address' }));
    await settle(backend.verifyEmailCode({ email: 'a@example.kz', code: '111111' }));
    await settle(backend.verifyEmailCode({ email: 'a@example.kz', code: '000000' }));
    await backend.verifyEmailCode({ email: 'a@example.kz', code: DEMO_EMAIL_CODE });
    await backend.sendEmailCode({ email: 'b@example.kz' });
    for (let i = 0; i < 5; i++) await settle(backend.verifyEmailCode({ email: 'b@example.kz', code: '111111' }));
    // Registry and invitations.
    for (const bin of [NEW_BIN, REGISTERED_BIN, '190751000349', '211152000561', '200560000781', '180263000909', '210340007893', '12345'])
      await settle(backend.lookupOrganisation(bin));
    for (const token of [...Object.values(INVITATIONS), 'unknown']) await settle(backend.resolveInvitation(token));
    // Submission: accepted, field errors, user exists, organisation exists.
    const payload = (email: string, bin: string, name = 'Дала Инжиниринг') => ({
      kind: 'resident' as const,
      legalStatus: 'legal-entity',
      user: { iin: person.iin, surname: 'Иванов', name: 'Иван', phone: '+77011234567', email },
      company: { idNumber: bin, name, country: 'KZ', phone: '+77172554433', email: 'info@example.kz', legalAddress: 'Астана' },
      bankAccounts: [],
      documents: [{ slot: 'state-registration', fileName: 'c.pdf', size: 1, type: 'application/pdf', sha256: /* of '%' */ 'bbf3f11cb5b43e700273a78d12de55e4a7eab741ed2abf13787a4d2dc832b8ec' }],
    });
    const submit = (p: ReturnType<typeof payload>) =>
      settle(
        backend.submitRegistration({
          payload: p as unknown as RegistrationPayload,
          documents: { 'state-registration': new File(['%'], 'c.pdf', { type: 'application/pdf' }) },
          signature: mockSignature(serializePayload(p), { iin: person.iin }),
        }),
      );
    await submit(payload('a@example.kz', REGISTERED_BIN));
    await submit(payload('a@example.kz', NEW_BIN, 'REJECTED'));
    await submit(payload('a@example.kz', NEW_BIN));
    await submit(payload(EXISTING_EMAIL, NEW_BIN));

    const statuses = new Set(log.map((e) => `${e.method} ${e.path.replace(/\/[^/]+$/, (m) => (e.method == 'GET' ? '/{}' : m))} ${e.status}`));
    for (const expected of [
      'POST /auth/challenge 200',
      'POST /auth/certificate 200',
      'POST /auth/certificate 409',
      'POST /auth/certificate 410',
      'POST /auth/certificate 422',
      'POST /email/code 202',
      'POST /email/code 409',
      'POST /email/code 422',
      'POST /email/code 429',
      'POST /email/verify 200',
      'POST /email/verify 410',
      'POST /email/verify 422',
      'POST /email/verify 429',
      'GET /organisations/{} 200',
      'GET /organisations/{} 404',
      'GET /organisations/{} 422',
      'GET /invitations/{} 200',
      'GET /invitations/{} 404',
      'GET /invitations/{} 410',
      'POST /registrations 201',
      'POST /registrations 409',
      'POST /registrations 422',
    ])
      expect(statuses, expected).to.include(expected);

    const problems: string[] = [];
    for (const e of log) {
      const where = `${e.method} ${e.path} ${e.status}`;
      const found = operationFor(e.method, e.path);
      if (!found) {
        problems.push(`${where}: no such operation`);
        continue;
      }
      const documented = documentedResponse(found.operation, e.status, doc);
      if (!documented) {
        problems.push(`${where}: status not documented`);
        continue;
      }
      const schema = documented.content?.['application/json']?.schema;
      if (schema) problems.push(...validate(schema, JSON.parse(e.body), doc).map((p) => `${where} answer ${p}`));
      const requestSchema = found.operation.requestBody?.content;
      // The tour sends some malformed input on purpose; those requests are answered 400 / 422.
      if (e.status == 400 || e.status == 422) continue;
      if (typeof e.request == 'string')
        problems.push(...validate(requestSchema['application/json'].schema, JSON.parse(e.request), doc).map((p) => `${where} request ${p}`));
      if (e.request instanceof FormData) {
        const multipart = requestSchema['multipart/form-data'].schema;
        for (const part of multipart.required) if (!e.request.has(part)) problems.push(`${where} request lacks part ${part}`);
        const text = await (e.request.get('payload') as File).text();
        problems.push(...validate(multipart.properties.payload.contentSchema, JSON.parse(text), doc).map((p) => `${where} payload ${p}`));
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
