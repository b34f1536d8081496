// Producer–Consumer Lab's host script, for the page that embeds the lab in an <iframe>
// (README, "Embedding"). Served beside the lab; include it once, after the frames:
//   <iframe src="https://lab.example/?embed=1" data-pclab-embed ...></iframe>
//   <script src="https://lab.example/embed.js" defer></script>
// It sets each lab frame's height from the lab's { type: 'pclab-embed-height', height }
// messages, and accepts them only from the lab's own origin (where this file came from)
// and only from a frame of this page. On start it asks each frame marked data-pclab-embed
// for its height ({ type: 'pclab-embed-ask' }), in case a frame posted before it listened.
(() => {
  const lab = new URL(document.currentScript.src).origin;
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== lab || data?.type !== 'pclab-embed-height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 100 || height > 10000) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.round(height)}px`;
    }
  });
  // A lab that started before this script ran has posted its height already, unheard:
  // ask every lab frame again (a frame still loading will post once it starts).
  for (const frame of document.querySelectorAll('iframe[data-pclab-embed]')) {
    frame.contentWindow?.postMessage({ type: 'pclab-embed-ask' }, lab);
  }
})();
