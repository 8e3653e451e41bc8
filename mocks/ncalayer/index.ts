export { FakeNcaLayer } from './fake-ncalayer.js';
export type { FakeNcaLayerOptions } from './fake-ncalayer.js';
export { FAKE_FIXTURES, CA_CERTIFICATE, SAMPLE_DATA_BASE64, SAMPLE_XML } from './fixtures.generated.js';
export type { FakeFixture, FakeKeyInfo } from './fake-fixture.js';
