// Preloaded into the bench's backend (`node --require`), so the event loop's delay is measured
// inside the product's process without a line of product code. On SIGUSR2 it writes the delay
// since the previous signal to BENCH_EVENT_LOOP_FILE and starts over: the bench signals between
// phases, so the probe's own small write never falls inside a measured phase.
const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');

const RESOLUTION_MS = 10;
const file = process.env.BENCH_EVENT_LOOP_FILE;

if (file) {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  // The histogram holds the time between two of its timer's ticks, the tick's own interval
  // included: how late a tick came is that less the resolution.
  const lateMs = ns =>
    Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 10) / 10);
  let seq = 0;
  process.on('SIGUSR2', () => {
    const taken = {
      seq: ++seq,
      maxMs: lateMs(histogram.max),
      p99Ms: lateMs(histogram.percentile(99)),
      ticks: histogram.count,
    };
    histogram.reset();
    // Renamed into place, so the bench never reads a half-written file.
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(taken));
    fs.renameSync(`${file}.tmp`, file);
  });
}
