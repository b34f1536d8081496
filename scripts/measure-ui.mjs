#!/usr/bin/env node
// Measures the lab's UI performance in headless Debian Chromium, against a release build
// in dist/ (run `trunk build --release` first). Prints figures; it is not a pass/fail
// test and scripts/test.sh does not run it. Method and results: README, "Measured figures".
//
//   node scripts/measure-ui.mjs                  # everything (about 12 minutes)
//   node scripts/measure-ui.mjs steps            # step latency only (under a minute)
//   node scripts/measure-ui.mjs program          # step latency of the seed in the program lab
//   node scripts/measure-ui.mjs program-limits   # runaway programs: time to the limit, longest task
//   node scripts/measure-ui.mjs longtasks [s]    # 60 s of autoplay at 64x, long tasks
//   node scripts/measure-ui.mjs memory [minutes] # autoplay, memory sampled every 30 s
//   node scripts/measure-ui.mjs memory-replay [minutes]  # the same, replaying one run
//
// Step latency: a click on Step, then the time until every microtask has run (Yew renders
// in one) and a forced style and layout: "dispatch + render", as wall-clock time and as
// main-thread CPU time from a Chromium trace (the figure that does not depend on what else
// the machine runs). Also wall-clock time to the next animation frame, as a frame budget
// sees it. Launch flags as in tests/e2e/support.ts; CHROMIUM=path overrides the browser
// (e.g. a wrapper that runs it under `nice`).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

const STEP_SAMPLES = 200;
const BIG = 'producers=16&consumers=16&capacity=64';
const LONG_RUN = `${BIG}&items=1000&produce_ms=5,7&consume_ms=40,60`;
/** A run of about 2,800 steps, 20 s at 64x: replayed over and over by `memory-replay`. */
const REPLAYED = 'producers=4&consumers=4&capacity=8&items=100&produce_ms=50&consume_ms=80';

const [what = 'all', durationArg] = process.argv.slice(2);

const port = await freePort();
const server = spawn('node', ['tests/e2e/static-server.mjs', 'dist', String(port)], { stdio: 'ignore' });
await waitForServer(`http://127.0.0.1:${port}/index.html`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
    // performance.memory reports exact, not bucketed, sizes, and gc() collects before
    // each memory sample, so the figure is live data rather than garbage not yet swept.
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
try {
  if (what === 'all' || what === 'steps') {
    await stepLatency('seed preset', 'preset=seed');
    await stepLatency('16 producers x 16 consumers x capacity 64', BIG);
  }
  if (what === 'all' || what === 'program') {
    await stepLatency('seed as Go source (program lab)', 'edit=go', { step: 'Step ▶', ready: '#go-source' });
  }
  if (what === 'all' || what === 'program-limits') await programLimits();
  if (what === 'all' || what === 'longtasks') await longTasks(Number(durationArg ?? 60));
  if (what === 'all' || what === 'memory') await memory(Number(durationArg ?? 10));
  if (what === 'all' || what === 'memory-replay') await memory(Number(durationArg ?? 10), true);
} finally {
  await browser.close();
  server.kill();
}

/** A page on the lab at `query`, introduction dismissed, wasm exports kept for memory. */
async function openLab(query, viewport = { width: 1280, height: 800 }, ready = '.stage-caption') {
  const page = await browser.newPage({ viewport });
  await page.addInitScript(() => {
    localStorage.setItem('pclab.intro.dismissed', '1');
    addEventListener('TrunkApplicationStarted', (e) => { window.__pclabWasm = e.detail.wasm; });
  });
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  await page.waitForSelector(ready);
  return page;
}

/** Median and 95th percentile of `samples`, in ms with two decimals. */
function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms`;
}

async function stepLatency(label, query, { step = 'Step', ready = '.stage-caption' } = {}) {
  const page = await openLab(query, undefined, ready);
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
  const { work, frame, fresh } = await page.evaluate(async ([n, stepName]) => {
    const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
    const channel = new MessageChannel();
    const nextTask = () => new Promise((r) => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
    const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
    const furthest = () => document.querySelector('[role=slider]')?.getAttribute('aria-valuemax');
    const work = [], frame = [];
    let fresh = 0;
    while (work.length < n) {
      const stepButton = button(stepName);
      if (stepButton.getAttribute('aria-disabled') === 'true' || stepButton.disabled) {
        button('Reset').click(); // the run ended: go round again, replaying the history
        await nextTask();
        await nextFrame();
        continue;
      }
      await nextFrame();
      await nextTask(); // start in a task of its own, as a real click does
      const before = furthest();
      performance.mark('step-start');
      const t0 = performance.now();
      stepButton.click();
      await nextTask(); // every microtask has run: Yew has rendered
      document.body.getBoundingClientRect(); // style and layout now, not at paint
      work.push(performance.now() - t0);
      performance.mark('step-end');
      await nextFrame();
      frame.push(performance.now() - t0);
      if (furthest() !== before) fresh++;
    }
    return { work, frame, fresh };
  }, [STEP_SAMPLES, step]);
  const cpu = mainThreadCpu(JSON.parse((await browser.stopTracing()).toString()));
  console.log(`step latency, ${label}: ${STEP_SAMPLES} steps (${fresh} new, the rest replayed)`);
  console.log(`  click -> rendered and laid out, wall clock:  ${summary(work)}`);
  console.log(`  click -> rendered and laid out, main-thread CPU: ${summary(cpu)}`);
  console.log(`  click -> next animation frame, wall clock:   ${summary(frame)}`);
  await page.close();
}

/**
 * Main-thread CPU time of each step, from the trace: the thread time (`tdur`) of every
 * top-level task of the page's main thread that overlaps a step-start..step-end pair of
 * marks. Unlike wall-clock time it does not grow when other processes take the CPU.
 */
function mainThreadCpu(trace) {
  const events = trace.traceEvents ?? trace;
  const marks = events.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('step-'));
  const pid = marks[0]?.pid;
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // Nested events (a task inside a task) are counted once, through the outer one.
  let outerEnd = -Infinity;
  const spans = events
    .filter((e) => e.pid === pid && e.tid === main?.tid && e.ph === 'X' && e.cat === 'toplevel' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts)
    .filter((e) => {
      const nested = e.ts + e.dur <= outerEnd;
      if (!nested) outerEnd = e.ts + e.dur;
      return !nested;
    });
  const starts = marks.filter((e) => e.name === 'step-start').map((e) => e.ts);
  const ends = marks.filter((e) => e.name === 'step-end').map((e) => e.ts);
  return starts.map((start, i) => spans
    .filter((t) => t.ts < ends[i] && t.ts + t.dur > start)
    .reduce((sum, t) => sum + t.tdur, 0) / 1000);
}

/** Starts observing long tasks and counting frames and steps; returns a reader. */
async function observe(page) {
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    window.__frames = 0;
    const count = () => { window.__frames++; requestAnimationFrame(count); };
    requestAnimationFrame(count);
  });
}

async function longTasks(seconds) {
  const page = await openLab(`${LONG_RUN}&speed=64&autoplay=1`);
  await observe(page);
  await browser.startTracing(page, { categories: ['toplevel', '__metadata'] });
  const start = Date.now();
  await page.waitForTimeout(seconds * 1000);
  const r = await page.evaluate(() => ({
    long: window.__long, frames: window.__frames,
    caption: document.querySelector('.stage-caption').innerText.replace(/\s+/g, ' '),
  }));
  const elapsed = (Date.now() - start) / 1000;
  const cpu = longTasksByCpu(JSON.parse((await browser.stopTracing()).toString()));
  const longest = (list) => (list.length ? `, longest ${Math.max(...list).toFixed(0)} ms` : '');
  console.log(`autoplay ${seconds} s at 64x (${LONG_RUN}): now at "${r.caption}"`);
  console.log(`  frames: ${r.frames} (${(r.frames / elapsed).toFixed(1)} per second)`);
  console.log(`  long tasks (> 50 ms wall clock, PerformanceObserver): ${r.long.length}${longest(r.long)}`);
  console.log(`  tasks over 50 ms of main-thread CPU (trace): ${cpu.length}${longest(cpu)}`);
  await page.close();
}

/** Main-thread CPU time of every top-level task over 50 ms of it, from a trace. */
function longTasksByCpu(trace) {
  const events = trace.traceEvents ?? trace;
  const renderers = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = renderers
    .map((m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X'))
    .sort((a, b) => b.length - a.length)[0] ?? [];
  return busiest
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.tdur > 50_000)
    .map((e) => e.tdur / 1000);
}

/**
 * JS heap and wasm memory every 30 s of autoplay at 64x. Either one long run, whose
 * history grows with every step, or (`replay`) one shorter run played to its end, reset
 * and played again: the history is then complete, so any growth would be a leak.
 */
async function memory(minutes, replay = false) {
  const query = replay ? REPLAYED : LONG_RUN;
  const page = await openLab(`${query}&speed=64&autoplay=1`);
  if (replay) {
    await page.evaluate(() => {
      const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
      window.__replays = 0;
      setInterval(() => {
        if (!document.querySelector('.stage-caption .outcome')) return;
        button('Reset').click();
        setTimeout(() => button('Play').click(), 50);
        window.__replays++;
      }, 250);
    });
  }
  const how = replay ? 'one run replayed to its end again and again' : 'one long run';
  console.log(`memory during ${minutes} min of autoplay at 64x, ${how} (${query}), every 30 s:`);
  console.log('  min  step  replays   JS heap (after gc)   wasm memory');
  for (let t = 0; t <= minutes * 60; t += 30) {
    if (t > 0) await page.waitForTimeout(30_000);
    const m = await page.evaluate(() => (window.gc(), {
      heap: performance.memory.usedJSHeapSize,
      wasm: window.__pclabWasm?.memory?.buffer?.byteLength ?? NaN,
      caption: document.querySelector('.stage-caption').innerText,
      replays: window.__replays ?? 0,
    }));
    const step = /Step (\d+)/.exec(m.caption)?.[1] ?? '?';
    const mb = (b) => `${(b / 1048576).toFixed(2)} MB`.padStart(10);
    const at = `${(t / 60).toFixed(1).padStart(4)}  ${step.padStart(6)}  ${String(m.replays).padStart(7)}`;
    console.log(`  ${at}  ${mb(m.heap)}           ${mb(m.wasm)}`);
  }
  await page.close();
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the static server never answered at ${url}`);
}

/** Runaway programs in the program lab: Run to end until the lab's limit, timed, with the
 * longest main-thread task seen (PerformanceObserver 'longtask'). */
async function programLimits() {
  const page = await openLab('edit=go', undefined, '#go-source');
  const programs = {
    'recursion without end': 'package main\n\nfunc f(n int) int {\n\treturn f(n + 1)\n}\n\nfunc main() {\n\tf(0)\n}\n',
    'goroutines without end': 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tgo func() {\n\t\t\tselect {}\n\t\t}()\n\t\tfmt.Println(i)\n\t}\n}\n',
    'a print loop that never blocks': 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println("tick", i)\n\t}\n}\n',
  };
  for (const [label, source] of Object.entries(programs)) {
    await page.locator('#go-source').fill(source);
    await page.getByRole('button', { name: 'Run program' }).click();
    await page.evaluate(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
    });
    const start = Date.now();
    await page.getByRole('button', { name: 'Run to end' }).click();
    await page.locator('.outcome').waitFor({ timeout: 300_000 });
    const longest = await page.evaluate(() => window.__longest);
    console.log(`${label}: ${Date.now() - start} ms to "${await page.locator('.outcome').innerText()}", longest task ${longest.toFixed(0)} ms`);
  }
  await page.close();
}
