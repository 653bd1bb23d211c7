#!/usr/bin/env node
import { main } from '../dist/cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`minutebook: ${err?.message ?? err}`);
    if (process.env.DEBUG) console.error(err);
    process.exitCode = 2;
  },
);
