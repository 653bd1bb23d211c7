#!/usr/bin/env node
import { debugTrace, main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`minutebook: ${err?.message ?? err}`);
    if (process.env.DEBUG) console.error(debugTrace(err));
    process.exitCode = 2;
  },
);
