/** Base64 of a text's UTF-8 bytes: what NCALayer signs (`decode: true`). */
export function utf8Base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
