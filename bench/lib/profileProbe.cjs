// Preloaded into the bench's backend (`node --require`) when the bench runs with --profile, so a
// phase's CPU profile is taken inside the product's process without a line of product code. Each
// SIGWINCH toggles V8's profiler; the answer goes to BENCH_PROFILE_FILE: {seq, profiling} on a
// start, and {seq, profiling: false, profile} on a stop, `profile` being the .cpuprofile written;
// {seq, error} if the inspector refused.
// SIGUSR1 would open Node's inspector port, SIGUSR2 is the event-loop probe's and SIGPROF the
// profiler's own sampling clock; SIGWINCH is ignored by default and only a terminal sends it, and
// the backend's output is a log file.
const fs = require('node:fs');
const inspector = require('node:inspector');

const file = process.env.BENCH_PROFILE_FILE;
/** V8's default; about a thousand samples a second is plenty for a phase of seconds. */
const SAMPLING_INTERVAL_US = 1000;

if (file) {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  // Renamed into place, so the bench never reads a half-written file.
  const write = (target, text) => {
    fs.writeFileSync(`${target}.tmp`, text);
    fs.renameSync(`${target}.tmp`, target);
  };
  const ready = post('Profiler.enable').then(() =>
    post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US }),
  );
  let seq = 0;
  let profiling = false;
  let pending = ready;
  const toggle = async () => {
    seq++;
    if (!profiling) {
      await post('Profiler.start');
      profiling = true;
      write(file, JSON.stringify({ seq, profiling }));
      return;
    }
    const { profile } = await post('Profiler.stop');
    profiling = false;
    const saved = `${file}.${seq}.cpuprofile`;
    write(saved, JSON.stringify(profile));
    write(file, JSON.stringify({ seq, profiling, profile: saved }));
  };
  // A failure is answered too, so the bench stops waiting and says why.
  const answer = () =>
    toggle().catch(error =>
      write(file, JSON.stringify({ seq, error: String(error) })),
    );
  process.on('SIGWINCH', () => {
    pending = pending.then(answer, answer);
  });
}
