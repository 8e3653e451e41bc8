import { expect } from '@open-wc/testing';
import { basicsSigningOptions, NcaLayerError, readCertificate, type NcaLayerClient } from '../../src/ncalayer/index.js';
import {
  configureEmulator, emulatorClient, emulatorRequests, rejectionOf, resetEmulator, utf8Base64, verifyCms, verifyXml,
} from './emulator.js';

const CHALLENGE = utf8Base64('tirkeu challenge 42');

describe('basics.sign against the emulator', () => {
  let client: NcaLayerClient;
  beforeEach(async () => {
    await resetEmulator();
    client = await emulatorClient();
  });
  afterEach(() => client.close());

  it('sends named args and resolves one CMS, PEM-armoured, that openssl verifies', async () => {
    const { signingParams, signerParams } = basicsSigningOptions({ purpose: 'authentication', testCertificates: true });
    const cms = await client.basics.sign({ data: CHALLENGE, format: 'cms', storages: ['PKCS12'], signingParams, signerParams, locale: 'ru' });
    expect(cms.startsWith('-----BEGIN CMS-----\n')).to.equal(true);
    const [request] = await emulatorRequests();
    expect(request!.frame).to.deep.equal({
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: ['PKCS12'], format: 'cms', data: CHALLENGE, locale: 'ru',
        signingParams: { decode: true, encapsulate: true, digested: false },
        signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.2'], chain: [] },
      },
    });
    const verified = await verifyCms({ cms });
    expect(verified.output).to.equal('CMS Verification successful');
    expect(verified.content).to.equal(CHALLENGE);
  });

  it('normalises an array result for one document (the Oct 2024 change)', async () => {
    await configureEmulator({ scenario: 'array' });
    const cms = await client.basics.sign({ data: CHALLENGE, format: 'cms', signingParams: { decode: true } });
    expect(typeof cms).to.equal('string');
    expect(cms).to.match(/^-----BEGIN CMS-----/);
  });

  it('returns one string for one XML document although NCALayer answers with an array', async () => {
    const xml = await client.basics.sign({ data: '<doc><a>1</a></doc>', format: 'xml' });
    expect(typeof xml).to.equal('string');
    expect((await verifyXml({ xml })).verified).to.equal(true);
  });

  it('returns an array for an array of documents, in order', async () => {
    const signed = await client.basics.sign({ data: ['<a>1</a>', '<b>2</b>'], format: 'xml' });
    expect(signed).to.have.length(2);
    expect(signed[0]).to.contain('<a>1<ds:Signature');
    expect(signed[1]).to.contain('<b>2<ds:Signature');
  });

  it('signs detached CMS that verifies only with the content', async () => {
    const { signingParams, signerParams } = basicsSigningOptions({ purpose: 'signing', testCertificates: true });
    expect(signingParams).to.deep.equal({ decode: true, encapsulate: false, digested: false, tsaProfile: {} });
    const cms = await client.basics.sign({ data: CHALLENGE, format: 'cms', signingParams, signerParams });
    expect((await verifyCms({ cms, content: CHALLENGE })).verified).to.equal(true);
    expect((await verifyCms({ cms, content: utf8Base64('something else') })).verified).to.equal(false);
  });

  it('lets the filter pick the certificate, as the dialog would', async () => {
    const head = basicsSigningOptions({ purpose: 'signing', role: 'first-head' });
    const info = await readCertificate(await client.basics.sign({ data: CHALLENGE, format: 'cms', ...head }));
    expect(info.commonName).to.equal('ИВАНОВ ИВАН');
    expect(info.keyUsage.purposes).to.deep.equal(['signing']);
    const employee = basicsSigningOptions({ purpose: 'authentication', role: 'employee', bin: '150340000129' });
    expect((await readCertificate(await client.basics.sign({ data: CHALLENGE, format: 'cms', ...employee }))).iin).to.equal('950615400027');
  });

  it('rejects with ncalayer-cancelled when the user closes the dialog (status true, empty body)', async () => {
    await configureEmulator({ scenario: 'cancel' });
    const error = await rejectionOf(client.basics.sign({ data: CHALLENGE, format: 'cms' }));
    expect((error as NcaLayerError).code).to.equal('ncalayer-cancelled');
  });

  it('treats "no certificate matches the filter" as the user cancelling', async () => {
    const error = await rejectionOf(client.basics.sign({ data: CHALLENGE, format: 'cms', signerParams: { extKeyUsageOids: [], iin: '000000000000' } }));
    expect((error as NcaLayerError).code).to.equal('ncalayer-cancelled');
  });

  it("keeps NCALayer's own code, message and details on failure", async () => {
    await configureEmulator({ scenario: 'error', errorCode: 'SIGNING_FAILURE', errorMessage: 'Signing has failed.', errorDetails: 'Illegal base64 character 2d' });
    const error = (await rejectionOf(client.basics.sign({ data: CHALLENGE, format: 'cms' }))) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-failed');
    expect(error.message).to.equal('Signing has failed.');
    expect(error.ncalayerCode).to.equal('SIGNING_FAILURE');
    expect(error.details).to.equal('Illegal base64 character 2d');
  });

  it('reports bad arguments as NCALayer does (INVOCATION_ERROR)', async () => {
    const bad = { data: CHALLENGE, format: 'cms', signingParams: 555 } as unknown as Parameters<typeof client.basics.sign>[0];
    const error = (await rejectionOf(client.basics.sign(bad))) as NcaLayerError;
    expect(error.ncalayerCode).to.equal('INVOCATION_ERROR');
    expect(error.details).to.equal('org.json.JSONException: JSONObject["signingParams"] is not a JSONObject.');
  });

  it('waits as long as the user sits in the dialog', async () => {
    await configureEmulator({ scenario: 'slow', delayMs: 400 });
    const started = performance.now();
    await client.basics.sign({ data: CHALLENGE, format: 'cms' });
    expect(performance.now() - started).to.be.at.least(400);
  });
});

describe('commonUtils against the emulator', () => {
  let client: NcaLayerClient;
  beforeEach(async () => {
    await resetEmulator();
    client = await emulatorClient();
  });
  afterEach(() => client.close());

  it('getActiveTokens sends no args and lists hardware storages', async () => {
    await configureEmulator({ activeTokens: ['AKKaztokenStore'] });
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal(['AKKaztokenStore']);
    expect((await emulatorRequests())[0]!.frame).to.deep.equal({ module: 'kz.gov.pki.knca.commonUtils', method: 'getActiveTokens' });
  });

  it('getKeyInfo returns the key information with its PEM', async () => {
    await configureEmulator({ cert: 'head-auth' });
    const info = await client.commonUtils.getKeyInfo('PKCS12');
    expect(info.subjectCn).to.equal('ИВАНОВ ИВАН');
    expect(info.subjectDn).to.contain('OU=BIN150340000129');
    expect(info.algorithm).to.equal('RSA');
    expect(info.certNotBefore).to.equal(String(Date.parse('2025-01-01T00:00:00Z')));
    expect(info.pem).to.match(/^-----BEGIN CERTIFICATE-----\r\n/);
    expect((await readCertificate(info.pem)).serialNumber).to.equal(info.serialNumber);
  });

  it('createCAdESFromBase64 sends positional args and returns bare base64 DER that openssl verifies', async () => {
    const cms = await client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data: CHALLENGE, keyType: 'AUTHENTICATION', attach: true });
    expect(cms).to.match(/^MII[A-Za-z0-9+/=]+$/);
    expect((await emulatorRequests())[0]!.frame).to.deep.equal({
      module: 'kz.gov.pki.knca.commonUtils', method: 'createCAdESFromBase64', args: ['PKCS12', 'AUTHENTICATION', CHALLENGE, true],
    });
    const verified = await verifyCms({ cms });
    expect(verified.verified).to.equal(true);
    expect(verified.content).to.equal(CHALLENGE);
    expect((await readCertificate(cms)).keyUsage.purposes).to.deep.equal(['authentication']);
  });

  it('createCAdESFromBase64 with SIGNATURE picks a signing key; detached by default', async () => {
    const cms = await client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data: CHALLENGE });
    expect((await readCertificate(cms)).keyUsage.purposes).to.deep.equal(['signing']);
    expect((await verifyCms({ cms, content: CHALLENGE })).verified).to.equal(true);
  });

  it('signXml returns an enveloped XMLDSig that xml-crypto verifies against the test CA', async () => {
    await configureEmulator({ cert: 'employee-sign' });
    const signed = await client.commonUtils.signXml({ storage: 'PKCS12', xml: '<tirkeu><user iin="950615400027"/></tirkeu>' });
    expect(signed.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="no"?><tirkeu>')).to.equal(true);
    expect(await verifyXml({ xml: signed })).to.deep.equal({ verified: true, issuedByTestCa: true, errors: [] });
    const tampered = signed.replace('950615400027', '950615400028');
    expect((await verifyXml({ xml: tampered })).verified).to.equal(false);
  });

  it("signXml reports NCALayer's parse error for malformed XML", async () => {
    const error = (await rejectionOf(client.commonUtils.signXml({ storage: 'PKCS12', xml: '<this>is not a valid XML' }))) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-failed');
    expect(error.message).to.match(/^org\.xml\.sax\.SAXParseException/);
  });

  it('changeLocale resolves on {"code":"200"} without a responseObject', async () => {
    await client.commonUtils.changeLocale('kk');
    expect((await emulatorRequests())[0]!.frame).to.deep.equal({ module: 'kz.gov.pki.knca.commonUtils', method: 'changeLocale', args: ['kk'] });
  });

  it('rejects with ncalayer-cancelled on "action.canceled"', async () => {
    await configureEmulator({ scenario: 'cancel' });
    const error = (await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'))) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-cancelled');
    expect(error.ncalayerCode).to.equal('500');
    // Calls without a dialog are not cancellable by the user.
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
  });

  it("keeps NCALayer's message on failure", async () => {
    await configureEmulator({ scenario: 'error', errorMessage: 'java.lang.IllegalArgumentException: argument type mismatch. Method: getKeyInfo' });
    const error = (await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'))) as NcaLayerError;
    expect(error.code).to.equal('ncalayer-failed');
    expect(error.message).to.equal('java.lang.IllegalArgumentException: argument type mismatch. Method: getKeyInfo');
  });

  it('reports an unknown module as ncalayer-failed with MODULE_NOT_FOUND', async () => {
    const error = (await rejectionOf(client.call({ module: 'kz.digiflow.mobile.extensions', method: 'getVersion' }, (frame) => {
      if ((frame as { success?: boolean }).success === false) throw new NcaLayerError('ncalayer-failed', 'MODULE_NOT_FOUND', { ncalayerCode: 'MODULE_NOT_FOUND' });
      return frame;
    }))) as NcaLayerError;
    expect(error.ncalayerCode).to.equal('MODULE_NOT_FOUND');
  });
});
