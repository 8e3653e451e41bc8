/**
 * Starts the NCALayer emulator beside the test server (wss://127.0.0.1:13579 and a control
 * port), so browser tests talk to a real WebSocket peer with real certificates and signatures.
 * Filled in with the emulator (tools/ncalayer-emulator).
 */
export function ncalayerEmulatorPlugin() {
  return { name: 'ncalayer-emulator' };
}
