import { expect } from '@open-wc/testing';
import { NcaLayerClient, queryLocalNetworkPermission, type NcaLayerError } from '../../src/ncalayer/index.js';
import { emulator, rejectionOf, resetEmulator } from './emulator.js';

/** Replaces navigator.permissions.query for one test. */
function stubPermissions(answer: (name: string) => PermissionState | 'unknown'): () => void {
  const permissions = navigator.permissions;
  const original = permissions.query;
  permissions.query = (async ({ name }: { name: string }) => {
    const state = answer(name);
    if (state === 'unknown') throw new TypeError(`The provided value '${name}' is not a valid enum value of type PermissionName.`);
    return { state } as PermissionStatus;
  }) as typeof permissions.query;
  return () => { permissions.query = original; };
}

describe('Local Network Access', () => {
  let restore: (() => void) | undefined;
  beforeEach(() => resetEmulator());
  afterEach(() => restore?.());

  it('asks for loopback-network first, then the older local-network-access', async () => {
    const asked: string[] = [];
    restore = stubPermissions((name) => { asked.push(name); return name === 'local-network-access' ? 'granted' : 'unknown'; });
    expect(await queryLocalNetworkPermission()).to.equal('granted');
    expect(asked).to.deep.equal(['loopback-network', 'local-network-access']);
  });

  it('is "unsupported" when the browser knows neither name', async () => {
    restore = stubPermissions(() => 'unknown');
    expect(await queryLocalNetworkPermission()).to.equal('unsupported');
  });

  it('rejects with local-network-blocked when the permission is denied, without touching the socket', async () => {
    restore = stubPermissions((name) => (name === 'loopback-network' ? 'denied' : 'unknown'));
    let sockets = 0;
    const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl, probe: true, createSocket: (url) => { sockets += 1; return new WebSocket(url); } });
    const error = (await rejectionOf(client.connect())) as NcaLayerError;
    expect(error.code).to.equal('local-network-blocked');
    expect(sockets).to.equal(0);
  });

  it('connects normally when the permission is granted', async () => {
    restore = stubPermissions(() => 'granted');
    const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl });
    expect(await client.connect()).to.equal('1.4');
    client.close();
  });

  it('does not time out under a pending prompt, but still fails fast when nothing listens', async () => {
    restore = stubPermissions(() => 'prompt');
    const client = new NcaLayerClient({ url: (await emulator()).unusedUrl });
    const started = performance.now();
    expect(((await rejectionOf(client.connect())) as NcaLayerError).code).to.equal('ncalayer-unavailable');
    expect(performance.now() - started).to.be.below(1500);
  });
});
