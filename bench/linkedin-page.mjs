// A LinkedIn-like profile page for the page figures, modelled on the real
// signed-in profile page of March 2026 (../shared/real-pages/linkedin/
// 2026-03-profile-message-popup.anon.html, eracle/OpenOutreach; facts in
// ../shared/DETECTION.md): about 3,000 elements, hashed CSS-module class
// names (no msg-* or global-nav* in the light DOM), componentkey and
// data-testid hooks, svg icons, and the messaging pop-up rendered inside the
// open shadow root of #interop-outlet[data-testid=interop-shadowdom]. The
// capture could not serialize the shadow root, so the pop-up's own markup
// follows the 2026-11 overlay shape of test/fixtures/linkedin/2026-11-overlay.html.
// The scenario: the pop-up opens, 500 changes in 50 batches (one per frame)
// spread over the profile and the pop-up, then one send (click on Send, the
// createMessage request, the new message in the pop-up).

let seed = 17;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const hash = () => { const h = Math.floor(rnd() * 0xffffffff).toString(16).padStart(8, '0'); return /^\d/.test(h) ? `_${h}` : h; };
const cls = (n = 3 + Math.floor(rnd() * 8)) => Array.from({ length: n }, hash).join(' ');
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" fill="currentColor" data-supported-dps="24x24" viewBox="0 0 24 24" width="24" height="24" role="img" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z"></path><path d="M8 11h8v2H8z"></path><path d="M11 8h2v8h-2z"></path></svg>';

function navItem(label) {
  return `<li class="${cls()}"><button class="${cls()}" aria-label="${label}"><span class="${cls()}">${ICON}<span class="${cls(2)}" data-color-scheme="light"></span></span><span class="${cls()}"><span class="${cls(2)}">${label}</span></span></button></li>`;
}

function entry(s, i) {
  return `<li class="${cls()}" componentkey="entity-${s}-${i}"><div class="${cls()}"><div class="${cls()}"><figure class="${cls(2)}" aria-hidden="true"><img class="${cls()}" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></figure></div>` +
    `<div class="${cls()}"><a class="${cls()}" href="/company/c${s}${i}/"><div class="${cls()}"><span class="${cls()}"><span aria-hidden="true">xxxx xxxxxxx ${i}</span></span></div>` +
    `<span class="${cls()}"><span aria-hidden="true">xxx ${2020 - i} – xxx ${2021 - i}</span></span></a>` +
    `<div class="${cls()}"><p class="${cls()}" data-testid="expandable-text-box">xxxx xxx xxxxxxxx xxxxx xxxx xx xxxxxxx ${s}.${i}</p><button class="${cls()}" data-testid="expandable-text-button" type="button">…more</button></div>` +
    `<div class="${cls()}">${ICON}<span class="${cls()}">xxxxxx</span></div></div></div></li>`;
}

function section(s) {
  const items = Array.from({ length: 11 }, (_, i) => entry(s, i)).join('');
  return `<section class="${cls()}" componentkey="profile-card-${s}" data-sdui-component="profileCard"><div class="${cls()}"><h2 class="${cls()}"><span aria-hidden="true">xxxxxxx ${s}</span></h2>` +
    `<div class="${cls()}"><button class="${cls()}" type="button" aria-label="Show all">${ICON}</button></div></div><ul class="${cls()} bench-list">${items}</ul></section>`;
}

function asideCard(i) {
  return `<li class="${cls()}"><div class="${cls()}"><a class="${cls()}" href="/in/member-${100 + i}/"><figure class="${cls(2)}"><img class="${cls()}" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></figure><div class="${cls()}"><p class="${cls()}">Member ${100 + i}</p><p class="${cls()}">xxxxxx xx xxxx</p></div></a>` +
    `<button class="${cls()}" type="button" aria-label="Connect">${ICON}<span class="${cls(2)}">Connect</span></button></div></li>`;
}

const BUBBLE = `<div class="msg-overlay-container" aria-label="Messaging overlay">
 <div class="msg-overlay-conversation-bubble" role="dialog" aria-label="Conversation with Member 9">
  <header class="msg-overlay-bubble-header"><div class="msg-overlay-bubble-header__details"><h2 class="msg-overlay-bubble-header__title">
   <a class="profile-card-one-to-one__profile-link" href="/in/member-9/"><span class="truncate">Member 9</span></a></h2></div>
   <div class="msg-overlay-bubble-header__controls"><a class="msg-overlay-bubble-header__control" href="/messaging/thread/2-YmVuY2gtdGhyZWFkLTAwMDk=/" aria-label="Open in full messaging"></a>
   <button class="msg-overlay-bubble-header__control" type="button" aria-label="Close your conversation with Member 9"></button></div></header>
  <div class="msg-overlay-conversation-bubble__content-wrapper"><div class="msg-s-message-list" role="presentation"><ul class="msg-s-message-list-content"></ul>
   <div class="msg-s-typing-indicator" hidden></div></div>
   <form class="msg-form msg-form--msg-overlay"><div class="msg-form__msg-content-container"><div class="msg-form__message-texteditor">
    <div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Write a message…"><p>Hello, following up on my note.</p></div></div></div>
    <footer class="msg-form__footer"><div class="msg-form__right-actions"><button id="bench-send" class="msg-form__send-button artdeco-button" type="submit">Send</button></div></footer></form>
  </div></div></div>`;

function scenario(bubble) {
  // Runs in the page: window.nudgelineBench.run(sendBody) resolves when all is done.
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const tick = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const root = document.getElementById('interop-outlet').attachShadow({ mode: 'open' });
  let n = 0, k = 0;
  const message = (other) => {
    const li = document.createElement('li');
    li.className = 'msg-s-message-list__event';
    li.innerHTML = `<div class="msg-s-event-listitem${other ? ' msg-s-event-listitem--other' : ''}" data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:ACoAAbench,2-bench${n++})"><div class="msg-s-message-group">` +
      `<a class="msg-s-message-group__profile-link" href="https://www.linkedin.com/in/${other ? 'member-9' : 'member-1'}/"><img alt="Member ${other ? 9 : 1}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a>` +
      '<p class="msg-s-event-listitem__body">x</p></div></div>';
    return li;
  };
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const lists = () => document.querySelectorAll('main .bench-list');
  const ops = [
    // a card added to a list, then one taken from the same list: every list keeps its length
    () => { const l = lists()[k % 4]; l.prepend(l.lastElementChild.cloneNode(true)); },
    () => { const l = lists()[k++ % 4]; l.lastElementChild.remove(); },
    () => { const l = lists()[n++ % 4]; l.children[n % 8].classList.toggle('bench-hover'); },
    () => { document.querySelectorAll('[data-testid=expandable-text-box]')[n++ % 40].textContent = `xxxx ${n}`; },
    () => { const t = root.querySelector('.msg-s-typing-indicator'); t.hidden = !t.hidden; },
  ];
  async function run(sendBody, settleMs = 1500) {
    root.innerHTML = bubble; // the pop-up opens
    // the site's app sends over fetch; the form never submits
    root.addEventListener('submit', (e) => e.preventDefault());
    const list = root.querySelector('.msg-s-message-list-content');
    for (let i = 0; i < 6; i++) list.append(message(i % 2 === 0));
    await tick();
    for (let b = 0; b < 50; b++) {
      for (let m = 0; m < 10; m++) ops[(b * 10 + m) % ops.length]();
      if (b % 10 === 9) list.append(message(true));
      await tick();
    }
    const send = root.getElementById('bench-send');
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
    }
    await fetch('/voyager/api/voyagerMessagingDashMessengerMessages?action=createMessage', { method: 'POST', body: sendBody });
    root.querySelector('.msg-form__contenteditable').innerHTML = '<p><br></p>';
    list.append(message(false));
    await new Promise((r) => setTimeout(r, settleMs));
  }
  window.nudgelineBench = { run };
}

export const LINKEDIN_URL = 'https://www.linkedin.com/in/member-9/';

/** A createMessage request body and its response, shaped as src/sites/linkedin/network.ts reads them. */
export const linkedinSend = {
  request: JSON.stringify({ message: { body: { text: 'Hello, following up on my note.' }, conversationUrn: 'urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAbench,2-YmVuY2gtdGhyZWFkLTAwMDk=)', originToken: '5b0c4d1e-0000-4000-8000-000000000001' } }),
  response: JSON.stringify({ value: { entityUrn: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAAbench,2-YmVuY2gtc2VudA==)' } }),
};

export function linkedinLikePage() {
  seed = 17;
  const nav = ['Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business'].map(navItem).join('');
  const sections = Array.from({ length: 12 }, (_, s) => section(s)).join('');
  const aside = Array.from({ length: 20 }, (_, i) => asideCard(i)).join('');
  const options = Array.from({ length: 140 }, (_, i) => `<option value="${i}">xxxx ${i}</option>`).join('');
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Member 9 | LinkedIn</title></head>
<body data-rehydrate><div data-strictmode="true"><section class="${cls()}"><h2 class="${cls()}" data-testid="toasts-title">0 notifications</h2></section>
<div class="${cls()}"><header class="${cls()}"><div class="${cls()}" role="search"><input class="${cls()}" data-testid="typeahead-input" autocomplete="off" placeholder="I'm looking for…" componentkey="SearchResults_SearchTyahInputRef" value=""></div>
<nav class="${cls()}" data-testid="primary-nav" componentkey="primaryNavLinksComponentRef"><ul class="${cls()}">${nav}</ul></nav>
<button class="${cls()}" type="button" aria-expanded="false"><img class="${cls()}" alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></button></header>
<div class="${cls()}"><main class="${cls()}" data-testid="lazy-column"><section class="${cls()}"><h1 class="${cls()}">Member 9</h1>
<button class="${cls()}" type="button" aria-label="Message Member 9">${ICON}<span>Message</span></button><select class="${cls()}">${options}</select></section>${sections}</main>
<aside class="${cls()}"><ul class="${cls()}">${aside}</ul></aside></div></div></div>
<div id="interop-outlet" data-testid="interop-shadowdom" class="theme--light" style="width: 100vw; position: absolute; z-index: 500; font-size: 1.6rem; visibility: visible;"></div>
<script>(${scenario.toString()})(${JSON.stringify(BUBBLE)});</script></body></html>`;
}
