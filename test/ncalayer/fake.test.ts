import { expect } from '@open-wc/testing';
import { NcaLayerClient, readCertificate, type NcaLayerError } from '../../src/ncalayer/index.js';
import { FakeNcaLayer, FAKE_FIXTURES, SAMPLE_DATA_BASE64 } from '../../mocks/ncalayer/index.js';
import { rejectionOf } from './emulator.js';

describe('FakeNcaLayer (in-page, for Storybook)', () => {
  it('greets and answers through an injected socket factory, with no network', async () => {
    const fake = new FakeNcaLayer({ version: '1.4-fake', activeTokens: ['AKKaztokenStore'] });
    const client = new NcaLayerClient({ createSocket: fake.createSocket });
    expect(await client.connect()).to.equal('1.4-fake');
    expect(await client.commonUtils.getActiveTokens()).to.deep.equal(['AKKaztokenStore']);
    client.close();
  });

  it("signs with the chosen fixture's precomputed CMS (PEM from basics, DER from commonUtils)", async () => {
    const fake = new FakeNcaLayer({ cert: 'employee-sign' });
    const client = new NcaLayerClient({ createSocket: fake.createSocket });
    const pem = await client.basics.sign({ data: SAMPLE_DATA_BASE64, format: 'cms', signingParams: { decode: true } });
    expect(pem).to.match(/^-----BEGIN CMS-----/);
    expect((await readCertificate(pem)).commonName).to.equal('СЕРІКОВА АЙГЕРІМ');
    const der = await client.commonUtils.createCAdESFromBase64({ storage: 'PKCS12', data: SAMPLE_DATA_BASE64 });
    expect(der).to.equal(FAKE_FIXTURES.find((f) => f.name === 'employee-sign')!.cmsDetached);
    client.close();
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
