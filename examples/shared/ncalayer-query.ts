/**
 * Which NCALayer the examples talk to. By default the user's own (wss://127.0.0.1:13579), which
 * accepts NCA's real certificates only. `?ncalayer=wss://127.0.0.1:PORT` points the flow at
 * another one on this computer, such as the emulator (`npx tirkeu-ncalayer-emulator`), and then
 * also accepts its test certificates: that is how the examples' test signs.
 */
export interface NcalayerChoice {
  ncalayerUrl?: string;
  testCertificates: boolean;
}

// Loopback wss:// only: a link must not be able to send the user's signing requests elsewhere.
const LOOPBACK_WSS = /^wss:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?\/?$/;

export function ncalayerFromQuery(search: string = location.search): NcalayerChoice {
  const url = new URLSearchParams(search).get('ncalayer');
  return url && LOOPBACK_WSS.test(url) ? { ncalayerUrl: url, testCertificates: true } : { testCertificates: false };
}
