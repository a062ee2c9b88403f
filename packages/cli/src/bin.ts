#!/usr/bin/env node
import { run } from './main.ts';

// `pnpm shuzhi` runs in the repository root; paths on the command line are the user's, relative to where they typed.
if (process.env.INIT_CWD && process.env.npm_lifecycle_event === 'shuzhi') process.chdir(process.env.INIT_CWD);

// `shuzhi score … | head`: a reader that stops early is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await run(process.argv.slice(2));
