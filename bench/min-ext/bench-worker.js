// Bench-only baseline worker: registers the listeners the real service worker
// registers (src/background/index.ts) and does nothing else. A message gets
// an answer at once, so a round trip to it is the bare cost of messaging,
// and a cold start of it is the bare cost of waking a worker.
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  reply({ ok: true, value: { pong: msg?.nonce ?? null } });
});
chrome.alarms.onAlarm.addListener(() => undefined);
chrome.alarms.onAlarm.addListener(() => undefined);
chrome.notifications.onButtonClicked.addListener(() => undefined);
chrome.notifications.onClicked.addListener(() => undefined);
