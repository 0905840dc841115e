// Loaded by index.html with `async`, so it runs before the app's modules have arrived. The page's first WebGL context
// sets up its channel to the GPU process: a quarter to a full second in software GL, spent blocking the main thread.
// This file starts itself again as a worker, which makes and drops a 1×1 context off the main thread; the 3D view's
// own context, made later, then takes a few milliseconds. Where workers cannot draw, nothing happens.
// Plain JavaScript in public/: it must run before, and apart from, the bundle.
(function () {
  'use strict';
  if (typeof document !== 'undefined') {
    if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined' || !document.currentScript) return;
    try {
      var worker = new Worker(document.currentScript.src);
      var stop = function () { worker.terminate(); };
      worker.onmessage = stop;
      worker.onerror = stop;
    } catch (error) {
      // Refused (a policy, an old browser): the 3D view's context pays the set-up, as it would anyway.
    }
    return;
  }
  try {
    var canvas = new OffscreenCanvas(1, 1);
    var context = canvas.getContext('webgl2') || canvas.getContext('webgl');
    var lose = context && context.getExtension('WEBGL_lose_context');
    if (lose) lose.loseContext();
  } catch (error) {
    // No WebGL in workers here: nothing to warm.
  }
  postMessage('warm');
})();
