// The page of examples/web: starts the library (WebAssembly) and runs it on
// the files the analyst chooses. Files are read with the File API and
// handed to the library in memory; the only requests this page makes are
// for its own files (index.html, wasm_exec.js, app.js, stablehomes.wasm).
"use strict";
(function () {
  const status = document.getElementById("status");
  const input = document.getElementById("files");
  const year = document.getElementById("year");
  const la = document.getElementById("la");
  const frame = document.getElementById("report");
  const body = document.body;

  function say(text, error) {
    status.textContent = text;
    status.className = error ? "error" : "";
  }

  window.addEventListener("stablehomes-ready", function () {
    for (const y of window.stablehomes.years) {
      const o = document.createElement("option");
      o.value = o.textContent = y;
      o.selected = y === "2024-25";
      year.append(o);
    }
    input.disabled = false;
    // How long the page took to be ready, for the browser test.
    body.dataset.readyMs = String(Math.round(performance.now()));
    body.dataset.state = "ready";
    say("Ready: choose the return's files.");
  });

  const go = new Go();
  WebAssembly.instantiateStreaming(fetch("stablehomes.wasm"), go.importObject)
    .then(function (r) { go.run(r.instance); })
    .catch(function (e) {
      body.dataset.state = "failed";
      say("The validator could not start: " + e, true);
    });

  let running = false;
  async function analyse() {
    const files = Array.from(input.files);
    if (files.length === 0 || running || !window.stablehomes) return;
    running = true;
    body.dataset.state = "busy";
    try {
      say("Reading " + files.length + " file(s) in this browser…");
      const datas = await Promise.all(files.map(function (f) {
        return f.arrayBuffer().then(function (b) { return new Uint8Array(b); });
      }));
      say("Validating " + files.length + " file(s) in this browser…");
      // Let the message paint: the library runs on this thread.
      await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); });
      const t0 = performance.now();
      const out = window.stablehomes.run(files.map(function (f) { return f.name; }), datas, year.value, la.value.trim());
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      if (out.error) {
        frame.hidden = true;
        body.dataset.state = "error";
        say(out.error, true);
        return;
      }
      await new Promise(function (r) {
        frame.onload = r;
        frame.srcdoc = out.html;
        frame.hidden = false;
      });
      // The report is as tall as its content, also when a list of rows is
      // opened, so the page scrolls and the report has no scroll bar of its own.
      const report = frame.contentDocument.body;
      const fit = function () { frame.style.height = Math.ceil(report.getBoundingClientRect().bottom) + 40 + "px"; };
      fit();
      new ResizeObserver(fit).observe(report);
      body.dataset.ms = String(out.ms);
      body.dataset.state = "done";
      say("Checked in " + seconds + " s, in this browser: nothing was uploaded.");
    } catch (e) {
      body.dataset.state = "error";
      say("The validator failed: " + e, true);
    } finally {
      running = false;
    }
  }
  input.addEventListener("change", analyse);
  year.addEventListener("change", analyse);
  la.addEventListener("change", analyse);
})();
