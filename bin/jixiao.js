#!/usr/bin/env node
'use strict';
// The command line, compiled from src/cli by `npm run build:cli` (run on npm install).
const { main } = require('../build/cli/cli/main.js');

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
