// The LinkedIn-like page of the page figures: the project's dated fixture of
// a profile page with the messaging pop-up in the open shadow root of
// #interop-outlet (test/fixtures/linkedin/2026-03-profile-popup-shadow.html,
// whose own script renders the pop-up and posts createMessage on Send),
// grown to the size of the real signed-in page it is modelled on
// (../shared/real-pages/linkedin/2026-03-profile-message-popup.anon.html:
// about 3,200 elements, 838 divs, 126 buttons, 140 options) with profile
// cards of the same kind: hashed CSS-module class names, componentkey and
// data-testid hooks, svg icons, no msg-* in the light DOM.
// The scenario: 500 changes in 50 batches (one per frame) over the profile
// and the pop-up (a reply arriving every 10 batches), then one send (the
// text typed, a click on Send, the createMessage request, the new message).
import { readFileSync } from 'node:fs';

const FIXTURE = 'test/fixtures/linkedin/2026-03-profile-popup-shadow.html';
export const LINKEDIN_URL = 'https://www.linkedin.com/in/priya-venkataraman-4b21a/';
/** The createMessage response the page gets (the fixture's network capture model). */
export const linkedinResponse = () => readFileSync('test/fixtures/linkedin/network/2026-03-createMessage-response.json', 'utf8');

let seed = 17;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const hash = () => { const h = Math.floor(rnd() * 0xffffffff).toString(16).padStart(8, '0'); return /^\d/.test(h) ? `_${h}` : h; };
const cls = (n = 3 + Math.floor(rnd() * 8)) => Array.from({ length: n }, hash).join(' ');
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" fill="currentColor" data-supported-dps="24x24" viewBox="0 0 24 24" width="24" height="24" role="img" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z"></path><path d="M8 11h8v2H8z"></path><path d="M11 8h2v8h-2z"></path></svg>';
const IMG = 'src="data:image/gif;base64,R0lGODlhAQABAAAAACw="';

function entry(s, i) {
  return `<li class="${cls()}" componentkey="entity-${s}-${i}"><div class="${cls()}"><div class="${cls()}"><figure class="${cls(2)}" aria-hidden="true"><img class="${cls()}" alt="" ${IMG}></figure></div>` +
    `<div class="${cls()}"><a class="${cls()}" href="/company/c${s}${i}/"><div class="${cls()}"><span class="${cls()}"><span aria-hidden="true">xxxx xxxxxxx ${i}</span></span></div>` +
    `<span class="${cls()}"><span aria-hidden="true">xxx ${2020 - i} – xxx ${2021 - i}</span></span></a>` +
    `<div class="${cls()}"><p class="${cls()}" data-testid="expandable-text-box">xxxx xxx xxxxxxxx xxxxx xxxx xx xxxxxxx ${s}.${i}</p><button class="${cls()}" data-testid="expandable-text-button" type="button">…more</button></div>` +
    `<div class="${cls()}">${ICON}<span class="${cls()}">xxxxxx</span></div></div></div></li>`;
}

const card = (s) => `<section class="${cls()}" componentkey="com.linkedin.sdui.profile.card.ref.c${s}" data-sdui-component="profileCard"><div class="${cls()}"><h2 class="${cls()}"><span aria-hidden="true">xxxxxxx ${s}</span></h2>` +
  `<div class="${cls()}"><button class="${cls()}" type="button" aria-label="Show all">${ICON}</button></div></div><ul class="${cls()} bench-list">${Array.from({ length: 11 }, (_, i) => entry(s, i)).join('')}</ul></section>`;

const person = (i) => `<li class="${cls()}"><div class="${cls()}"><a class="${cls()}" href="/in/member-${100 + i}/"><figure class="${cls(2)}"><img class="${cls()}" alt="" ${IMG}></figure><div class="${cls()}"><p class="${cls()}">Member ${100 + i}</p><p class="${cls()}">xxxxxx xx xxxx</p></div></a>` +
  `<button class="${cls()}" type="button" aria-label="Connect">${ICON}<span class="${cls(2)}">Connect</span></button></div></li>`;

function scenario() {
  // Runs in the page: window.nudgelineBench.run() resolves when all is done.
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const tick = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const lists = () => document.querySelectorAll('main .bench-list');
  let n = 0, k = 0;
  async function run(_body, settleMs = 1500) {
    const root = window.fixtureOpenPopup(); // the fixture opens it 200 ms after load; idempotent
    const bubble = root.querySelector('.msg-overlay-conversation-bubble');
    const ops = [
      // a card added to a list, then one taken from the same list: every list keeps its length
      () => { const l = lists()[k % 4]; l.prepend(l.lastElementChild.cloneNode(true)); },
      () => { const l = lists()[k++ % 4]; l.lastElementChild.remove(); },
      () => { lists()[n % 4].children[n++ % 8].classList.toggle('bench-hover'); },
      () => { document.querySelectorAll('[data-testid=expandable-text-box]')[n++ % 40].textContent = `xxxx ${n}`; },
      () => bubble.classList.toggle('msg-overlay-conversation-bubble--is-active'),
    ];
    for (let b = 0; b < 50; b++) {
      for (let m = 0; m < 10; m++) ops[(b * 10 + m) % ops.length]();
      if (b % 10 === 9) window.fixtureReply(`bench${b}`);
      await tick();
    }
    const list = root.querySelector('.msg-s-message-list-content');
    const before = list.children.length;
    root.querySelector('[role=textbox]').innerHTML = '<p>Checking in about the pilot</p>';
    const send = root.querySelector('.msg-form__send-button');
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
    }
    // the fixture's submit handler posts createMessage, then shows the message
    while (list.children.length === before) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, settleMs));
  }
  window.nudgelineBench = { run };
}

export function linkedinLikePage() {
  seed = 17;
  const html = readFileSync(FIXTURE, 'utf8');
  const cards = Array.from({ length: 12 }, (_, s) => card(s)).join('');
  const options = Array.from({ length: 140 }, (_, i) => `<option value="${i}">xxxx ${i}</option>`).join('');
  const aside = `<aside class="${cls()}"><select class="${cls()}">${options}</select><ul class="${cls()}">${Array.from({ length: 20 }, (_, i) => person(i)).join('')}</ul></aside>`;
  const grown = html.replace('</main>', `${cards}</main>${aside}`).replace('</body>', `<script>(${scenario.toString()})();</script></body>`);
  if (grown === html) throw new Error(`${FIXTURE} has no </main>: the bench page cannot be built`);
  return grown;
}
