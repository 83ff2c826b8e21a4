/**
 * Runs the provider from the command line:
 * `npx tsx test/provider/cli.ts --port 8081 --flavour xc2|xui --size demo|large [--seed N] [--host H]
 *  [--delay ms] [--error-rate 0.2] [--malformed] [--truncated] [--html] [--hang] [--quiet]`
 */
import type { Faults } from './faults';
import { startProvider, type ProviderOptions } from './server';

/** Parses the command line into provider options; throws with a readable message on bad input. */
export function parseArguments(argv: readonly string[]): ProviderOptions {
  const options: ProviderOptions = {};
  const faults: Faults = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    const number = (): number => {
      const parsed = Number(value());
      if (!Number.isFinite(parsed)) throw new Error(`${flag} needs a number`);
      return parsed;
    };
    switch (flag) {
      case '--port':
        options.port = number();
        break;
      case '--host':
        options.host = value();
        break;
      case '--flavour':
      case '--flavor': {
        const flavour = value();
        if (flavour !== 'xc2' && flavour !== 'xui') throw new Error('--flavour is xc2 or xui');
        options.flavour = flavour;
        break;
      }
      case '--size': {
        const size = value();
        if (size !== 'demo' && size !== 'large') throw new Error('--size is demo or large');
        options.size = size;
        break;
      }
      case '--seed':
        options.seed = number();
        break;
      case '--delay':
        faults.delayMs = number();
        break;
      case '--error-rate':
        faults.errorRate = number();
        break;
      case '--malformed':
        faults.malformedJson = true;
        break;
      case '--truncated':
        faults.truncatedJson = true;
        break;
      case '--html':
        faults.htmlInsteadOfJson = true;
        break;
      case '--hang':
        faults.hang = true;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  if (Object.keys(faults).length > 0) options.faults = faults;
  return options;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const provider = await startProvider(options);
  const faults = provider.getFaults();
  console.log(`Xtream test provider (${provider.flavour}, ${options.size ?? 'demo'}) at ${provider.url}`);
  console.log('Accounts (username/password): demo/demo, single/single, trial/trial, unlimited/unlimited,');
  console.log('  tsonly/tsonly, expired/expired, banned/banned, disabled/disabled');
  console.log(`Login: ${provider.url}/player_api.php?username=demo&password=demo`);
  if (Object.keys(faults).length > 0) console.log(`Faults: ${JSON.stringify(faults)}`);
  const stop = (): void => {
    provider.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
