#!/usr/bin/env node
import { run } from './main.ts';

// `pnpm shuzhi` runs in the repository root; paths on the command line are the user's, relative to where they typed.
if (process.env.INIT_CWD && process.env.npm_lifecycle_event === 'shuzhi') process.chdir(process.env.INIT_CWD);

process.exitCode = await run(process.argv.slice(2));
