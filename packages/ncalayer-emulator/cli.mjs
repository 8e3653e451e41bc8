#!/usr/bin/env node
// npx tirkeu-ncalayer-emulator [--port 13579] [--control-port 13580] [--cert NAME] [--scenario NAME] [--delay MS] [--version V]
import { parseArgs } from 'node:util';
import { startEmulator, SCENARIOS } from './index.mjs';
import { loadFixtures } from './fixtures.mjs';
import { errorText } from './error-text.mjs';
/** @import { ScenarioName } from './responder.mjs' */

const USAGE = `Usage: tirkeu-ncalayer-emulator [options]
  --port N           wss port (default 13579, NCALayer's)
  --control-port N   HTTP control port (default 13580; 0 = any free port)
  --cert NAME        the certificate the "user" picks (default: auto = first valid one the request allows)
  --scenario NAME    ${Object.keys(SCENARIOS).join(' | ')} (default ok)
  --delay MS         time the "user" spends in the dialog
  --version V        version in the greeting (default 1.4)
  --list             list certificates and scenarios, then exit
  --help`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '13579' },
    'control-port': { type: 'string', default: '13580' },
    cert: { type: 'string', default: 'auto' },
    scenario: { type: 'string', default: 'ok' },
    delay: { type: 'string', default: '0' },
    version: { type: 'string', default: '1.4' },
    list: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.list) {
  for (const fixture of loadFixtures().fixtures) console.log(`${fixture.name.padEnd(18)} ${fixture.fileName}\n${' '.repeat(19)}${fixture.description}`);
  console.log('\nScenarios:');
  for (const [name, text] of Object.entries(SCENARIOS)) console.log(`  ${name.padEnd(8)} ${text}`);
  process.exit(0);
}

try {
  const emulator = await startEmulator({
    port: Number(values.port),
    controlPort: Number(values['control-port']),
    // startEmulator refuses an unknown scenario with the list of known ones.
    config: { cert: values.cert, scenario: /** @type {ScenarioName} */ (values.scenario), delayMs: Number(values.delay), version: values.version },
  });
  console.log(`NCALayer emulator listening on ${emulator.url}`);
  console.log(`Control endpoint: ${emulator.controlUrl}  (GET /state, POST /config {"scenario":"cancel","cert":"head-sign"})`);
  console.log(`Test CA certificate (trust it, or start the browser with --ignore-certificate-errors): ${emulator.caPemPath}`);
  console.log(`Certificate: ${values.cert}; scenario: ${values.scenario}. Ctrl+C to stop.`);
  const stop = async () => { await emulator.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`tirkeu-ncalayer-emulator: ${errorText(error)}`);
  process.exit(1);
}
