/** PEM and base64 handling for what NCALayer returns. */

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;

export interface Armoured {
  /** "CERTIFICATE", "CMS", "PKCS7"…, or null for bare base64 / raw bytes. */
  label: string | null;
  der: Uint8Array;
}

export function decodeBase64(text: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length === 0) throw new TypeError('Not base64 or PEM');
  const binary = atob(compact);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function toDer(input: string | ArrayBuffer | Uint8Array): Armoured {
  if (input instanceof Uint8Array) return { label: null, der: input };
  if (input instanceof ArrayBuffer) return { label: null, der: new Uint8Array(input) };
  const pem = PEM_BLOCK.exec(input);
  if (pem) return { label: pem[1]!, der: decodeBase64(pem[2]!) };
  return { label: null, der: decodeBase64(input) };
}

export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
