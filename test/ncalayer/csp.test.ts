// Runs the client under a strict Content-Security-Policy, as a host page may have: no eval, and
// connections only to the page itself and to NCALayer's wss:// origin. Chrome does not let that
// wss: source cover the client's https:// probe, so the client must notice the CSP refusal and
// go on to the socket instead of reporting NCALayer absent. Each test file gets its own page,
// so the policy added here does not leak into other tests.
import { expect } from '@open-wc/testing';
import { NcaLayerClient, readCertificate } from '../../src/ncalayer/index.js';
import { emulator, resetEmulator } from './emulator.js';
import { engine } from '../engine.js';

describe('under a strict CSP', () => {
  const violations: string[] = [];
  before(async () => {
    const { ncalayerUrl, controlUrl } = await emulator();
    await resetEmulator();
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    // The control endpoint is allowed only so that the test harness helpers keep working.
    meta.content = `default-src 'none'; script-src 'self'; connect-src 'self' ${ncalayerUrl} ${controlUrl}`;
    document.head.append(meta);
  });

  it('the policy is in force (eval is refused)', async () => {
    expect(() => new Function('return 1')).to.throw(EvalError);
    await new Promise((resolve) => setTimeout(resolve, 10));
    violations.splice(0);
  });

  it('connects, signs and reads the certificate (lazy chunk included) without violations', async () => {
    const client = new NcaLayerClient({ url: (await emulator()).ncalayerUrl });
    const cms = await client.basics.sign({ data: btoa('csp'), format: 'cms', signingParams: { decode: true } });
    expect((await readCertificate(cms)).iin).to.equal('900101300017');
    client.close();
    // The only refusal is the optional https:// probe; the client then goes straight to the socket.
    // WebKit follows CSP3's scheme matching, where a wss: source also allows https: to the same
    // host and port, so there the probe is allowed and nothing is refused.
    const probe = `connect-src ${(await emulator()).ncalayerUrl.replace('wss:', 'https:')}/`;
    expect(violations).to.deep.equal(engine === 'webkit' ? [] : [probe]);
  });
});
