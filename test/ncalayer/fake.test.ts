import { expect } from '@open-wc/testing';
import { NcaLayerClient, readCertificate, type NcaLayerError } from '../../src/ncalayer/index.js';
import { FakeNcaLayer, FAKE_FIXTURES, SAMPLE_DATA_BASE64 } from '../../mocks/ncalayer/index.js';
import { base64Utf8, rejectionOf, utf8Base64, verifyCms } from './emulator.js';

describe('FakeNcaLayer (in-page, for Storybook)', () => {
  it('greets and answers through an injected socket factory, with no network', async () => {
    const fake = new FakeNcaLayer({ version: '1.4-fake', activeTokens: ['AKKaztokenStore'] });
    const client = new NcaLayerClient({ createSocket: fake.createSocket });
    expect(await client.connect()).to.equal('1.4-fake');
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal(['AKKaztokenStore']);
    client.close();
  });

  it("signs in the page with the chosen fixture's key, over the data sent (PEM from basics, DER from commonUtils)", async () => {
    const fake = new FakeNcaLayer({ cert: 'employee-sign' });
    const client = new NcaLayerClient({ createSocket: fake.createSocket });
    const pem = await client.basics.sign({ data: utf8Base64('любые данные'), format: 'cms', signingParams: { decode: true } });
    expect(pem).to.match(/^-----BEGIN CMS-----/);
    expect((await readCertificate(pem)).commonName).to.equal('СЕРІКОВА АЙГЕРІМ');
    const content = await verifyCms({ cms: pem });
    expect([content.verified, base64Utf8(content.content)]).to.deep.equal([true, 'любые данные']);
    const der = await client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data: SAMPLE_DATA_BASE64 });
    expect(der).to.match(/^MII/);
    expect((await verifyCms({ cms: der, content: SAMPLE_DATA_BASE64 })).verified, 'detached CMS over the sample').to.equal(true);
    // The signing time differs; everything the precomputed fixture signed, this one signs too.
    expect(der.length).to.equal(FAKE_FIXTURES.find((f) => f.name === 'employee-sign')!.cmsDetached.length);
    client.close();
  });

  it('plays the new scenarios: a stale answer before the next one, a signature over other data, a silent port', async () => {
    const fake = new FakeNcaLayer({ scenario: 'mismatch' });
    const client = new NcaLayerClient({ createSocket: fake.createSocket, connectTimeoutMs: 200, greetingTimeoutMs: 200 });
    const mismatch = (await rejectionOf(client.basics.sign({ data: utf8Base64('CHALLENGE'), format: 'cms', signingParams: { decode: true } }))) as NcaLayerError;
    expect(mismatch.code).to.equal('ncalayer-signature-mismatch');
    fake.configure({ scenario: 'stray' });
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
    const stale = (await rejectionOf(client.basics.sign({ data: utf8Base64('CHALLENGE-2'), format: 'cms', signingParams: { decode: true } }))) as NcaLayerError;
    expect(stale.code).to.equal('ncalayer-protocol'); // the stale getActiveTokens answer
    client.close();
    for (const scenario of ['silent', 'mute'] as const) {
      fake.configure({ scenario });
      expect(((await rejectionOf(client.connect())) as NcaLayerError).code, scenario).to.equal(scenario === 'silent' ? 'ncalayer-unavailable' : 'ncalayer-not-responding');
    }
  });

  it('plays the same scenarios as the emulator', async () => {
    const fake = new FakeNcaLayer({ scenario: 'cancel' });
    const client = new NcaLayerClient({ createSocket: fake.createSocket });
    expect(((await rejectionOf(client.basics.sign({ data: 'x', format: 'cms' }))) as NcaLayerError).code).to.equal('ncalayer-cancelled');
    fake.configure({ scenario: 'drop' });
    expect(((await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'))) as NcaLayerError).code).to.equal('ncalayer-closed');
    fake.configure({ scenario: 'garbage' });
    expect(((await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'))) as NcaLayerError).code).to.equal('ncalayer-protocol');
    fake.configure({ scenario: 'error', errorMessage: 'Хранилище недоступно' });
    const failed = (await rejectionOf(client.commonUtils.getKeyInfo('PKCS12'))) as NcaLayerError;
    expect([failed.code, failed.message]).to.deep.equal(['ncalayer-failed', 'Хранилище недоступно']);
    fake.configure({ scenario: 'array', errorMessage: null });
    expect(await client.basics.sign({ data: 'x', format: 'cms' })).to.be.a('string');
    expect(fake.requests.length).to.equal(5);
    client.close();
  });

  it('drops connections on demand; the client reconnects', async () => {
    const fake = new FakeNcaLayer();
    const client = new NcaLayerClient({ createSocket: fake.createSocket });
    await client.connect();
    const closed = new Promise((resolve) => client.addEventListener('close', resolve, { once: true }));
    fake.disconnect();
    await closed;
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal([]);
    client.close();
  });
});
