'use strict';
// Runs the installed `jixiao` bin and, on exit, writes its peak memory (kB) to fd 3 for the hostile-file tests.
const { writeSync } = require('node:fs');

process.on('exit', () => {
  writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
});
require('../../bin/jixiao.js');
