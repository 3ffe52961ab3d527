'use strict';
// Runs the installed `jixiao` bin and, on exit, writes its peak memory (kB) to fd 3 for the hostile-file tests.
const { readFileSync, writeSync } = require('node:fs');

/** This process's own peak: Linux's VmHWM (the rusage figure carries over what the parent had when forking). */
function peakKb() {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: the rusage figure.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  writeSync(3, JSON.stringify({ maxRssKb: peakKb() }));
});
require('../../bin/jixiao.js');
