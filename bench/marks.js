// Injected at the start of every page the benchmark loads (all four renderers alike). It marks
// three moments, each as performance.now() (milliseconds since navigation start), taken when the
// browser has painted the frame in which the condition first held:
//   headline: the article's <h1 class="av-headline"> is in the document;
//   screen:   the headline is, and the page reaches below the bottom of the window (or the
//             whole article is in): the first screen is full;
//   full:     the article's footer (<footer class="av-footer">) is in, and the body holds all of
//             its blocks (window.__benchBlocks, set before this script: a renderer may show the
//             first screen first and add the rest after, as the viewer does for long articles).
// The conditions are checked at each animation frame, just before the frame is rendered; the
// time is then taken in a task queued from that frame, which runs once the frame is painted.
// It also keeps the longest task (Long Tasks API: 50 ms and over) that started before the whole
// article was painted: the longest time the page could not answer the reader's input.
// (The wasm memory is kept by the end-to-end tests' keepWasmMemories, injected beside this.)
(() => {
  const marks = {};
  const tasks = [];
  window.__bench = {
    marks,
    longest: () => Math.max(0, ...tasks.filter((task) => task.startTime < marks.full).map((task) => task.duration)),
  };
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

  const painted = (name) => setTimeout(() => (marks[name] = performance.now()));
  const seen = new Set();
  const once = (name, condition) => {
    if (!seen.has(name) && condition) {
      seen.add(name);
      painted(name);
    }
  };
  const frame = () => {
    const headline = document.querySelector('h1.av-headline');
    const body = document.querySelector('.av-body');
    const whole = (body?.childElementCount ?? 0) >= (window.__benchBlocks ?? 0);
    const footer = whole && document.querySelector('footer.av-footer');
    const root = document.documentElement;
    once('headline', headline);
    once('screen', headline && (footer || (root && root.scrollHeight > innerHeight)));
    once('full', footer);
    if (!seen.has('full')) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
