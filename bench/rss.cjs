'use strict';
// Runs the `jixiao` bin and, on exit, writes the process's peak resident memory (kB, every thread of it)
// to fd 3: `node bench/rss.cjs review DIR --out summary.xlsx`.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
});
require('../bin/jixiao.js');
