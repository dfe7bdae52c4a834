// news-annotator: the extension's core, headless.
//   news-annotator analyze <folder|files…> [--json] [--reference-date YYYY-MM-DD] [--language de|en]
//   news-annotator export <folder|files…> --format <f> [--out <path>] [--include-suggestions]
//   news-annotator import <file> --format <w3c|brat> --into <folder>
// Errors are one line on stderr and exit code 2; nothing is written.
import { analyzeCommand, ANALYZE_USAGE } from './analyzeCommand';
import { guarded } from './errors';
import { exportCommand, EXPORT_USAGE, importCommand, IMPORT_USAGE } from './exportCommand';
import type { CliIo } from './io';

// Injected by esbuild from package.json; "dev" when run unbundled.
declare const PACKAGE_VERSION: string | undefined;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : 'dev';

const USAGE = [
  'Usage:',
  `  ${ANALYZE_USAGE}`,
  `  ${EXPORT_USAGE}`,
  `  ${IMPORT_USAGE}`,
  '  news-annotator --version | --help',
].join('\n');

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  analyze: (args, io) => analyzeCommand(args, io, version),
  export: exportCommand,
  import: importCommand,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (name === '--version') {
    io.out(version);
    return 0;
  }
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`news-annotator: error: ${name ? `unknown command "${name}"` : 'no command given'} (see news-annotator --help)`);
    return 2;
  }
  return guarded(io, () => command(rest, io));
}

if (require.main === module) {
  // `news-annotator … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', error => {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIo = {
    out: text => process.stdout.write(`${text}\n`),
    err: text => process.stderr.write(`${text}\n`),
  };
  main(process.argv.slice(2), io).then(
    code => { process.exitCode = code; },
    error => {
      process.stderr.write(`news-annotator: internal error: ${error?.stack ?? error}\n`);
      process.exitCode = 1;
    },
  );
}
