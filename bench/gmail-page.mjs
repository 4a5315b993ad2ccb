// A Gmail-like page of about 5,000 elements (inbox rows, an open compose with
// a recipient chip) and an in-page scenario: 500 DOM mutations spread over
// 50 tasks, then one send (a click on Send, the /sync/u/0/i/s request, the
// compose closing and the "Message sent" toast). Markup follows
// /work/shared/DETECTION.md so the Gmail adapter engages as on the real site.

const ROWS = 262;

function row(i) {
  return `<tr class="zA ${i % 3 ? 'yO' : 'zE'}" role="row" jscontroller="ZdOxDb" data-legacy-thread-id="18c${(1e9 + i).toString(16)}">` +
    `<td class="oZ-x3 xY" role="gridcell"><div role="checkbox" aria-checked="false" class="oZ-jc T-Jo J-J5-Ji"></div></td>` +
    `<td class="apU xY" role="gridcell"><span class="aXw T-KT" title="Not starred"></span></td>` +
    `<td class="yX xY" role="gridcell"><div class="yW"><span class="bA4"><span email="person${i}@example.com" name="Person ${i}" class="zF">Person ${i}</span></span></div></td>` +
    `<td class="xY a4W" role="link"><div class="xS"><div class="xT"><div class="y6"><span class="bog"><span data-thread-id="#thread-f:${17e17 + i}">Subject line number ${i}</span></span></div>` +
    `<span class="y2">&nbsp;-&nbsp;A short preview of message ${i} that Gmail shows in the list</span></div></div></td>` +
    `<td class="xW xY" role="gridcell"><span title="Nov ${1 + (i % 28)}, 2026"><span>Nov ${1 + (i % 28)}</span></span></td></tr>`;
}

const compose = `
<div role="dialog" class="nH Hd" aria-label="New Message"><form enctype="multipart/form-data" method="POST">
 <div class="aoD hl"><div name="to" class="wO nr l1"><div role="listbox" aria-label="To recipients">
  <div role="option" data-name="Ada Lovelace" data-hovercard-id="ada@example.com" class="afV"><span email="ada@example.com">Ada Lovelace</span></div>
 </div><input class="agP aFw" aria-label="To recipients" role="combobox"></div></div>
 <input name="subjectbox" class="aoT" placeholder="Subject" value="Quick follow-up">
 <div role="textbox" aria-label="Message Body" contenteditable="true" class="Am Al editable">Hello Ada,<br>just checking in.</div>
 <div class="IZ"><div class="Up"><div><div id="bench-send" role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3" data-tooltip="Send ‪(Ctrl-Enter)‬" aria-label="Send ‪(Ctrl-Enter)‬" tabindex="1">Send</div></div></div></div>
</form></div>`;

function scenario() {
  // Runs in the page: window.nudgelineBench.run(sendBody) resolves when all is done.
  // One batch per frame: the page renders exactly once per batch in both
  // browsers, so the with/without difference is not buried under a varying
  // number of frames (style, layout and paint of a 5,000-node page).
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const tick = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- serialized into the page: helpers live inside
  const tbody = () => document.querySelector('tbody.bench-rows');
  let n = 100000;
  const ops = [
    () => { const tr = tbody().firstElementChild.cloneNode(true); tr.dataset.legacyThreadId = `x${n++}`; tbody().prepend(tr); },
    () => tbody().lastElementChild.remove(),
    () => { const tr = tbody().children[n++ % 50]; tr.classList.toggle('zE'); },
    () => { tbody().children[n++ % 50].querySelector('.y2').textContent = ` - preview ${n}`; },
    () => document.querySelector('.aeN').setAttribute('aria-expanded', String(n++ % 2 === 0)),
  ];
  async function run(sendBody, settleMs = 1500) {
    for (let b = 0; b < 50; b++) {
      for (let m = 0; m < 10; m++) ops[(b * 10 + m) % ops.length]();
      if (b % 10 === 9) {
        const chip = document.createElement('div');
        chip.setAttribute('role', 'option');
        chip.dataset.name = `Guest ${b}`;
        chip.dataset.hovercardId = `guest${b}@example.com`;
        document.querySelector('[name=to] [role=listbox]').append(chip);
        chip.remove();
      }
      await tick();
    }
    // One send: intent (click), the sync request, the compose closing, the toast.
    const send = document.getElementById('bench-send');
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
      send.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true }));
    }
    await new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/sync/u/0/i/s?hl=en&c=1&rt=r&pt=ji');
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.onloadend = resolve;
      xhr.send(sendBody);
    });
    document.querySelector('[role=dialog]').remove();
    const toast = document.createElement('div');
    toast.className = 'vh';
    toast.setAttribute('role', 'alert');
    toast.innerHTML = '<span class="aT"><span class="bAq">Message sent</span><span class="ag a8k" role="link" id="link_undo">Undo</span><span class="ag a8k" role="link" id="link_vsm">View message</span></span>';
    document.querySelector('.bAp').append(toast);
    // Let debounced extension work finish inside the measured window.
    await new Promise((r) => setTimeout(r, settleMs));
  }
  window.nudgelineBench = { run };
}

export function gmailLikePage() {
  const rows = Array.from({ length: ROWS }, (_, i) => row(i)).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (12) - me@example.com - Gmail</title></head>
<body><div class="nH" role="main">
 <header class="gb_Ja" role="banner"><a class="gb_d" aria-label="Google Account: Me Myself (me@example.com)" href="https://accounts.google.com/">M</a></header>
 <div role="navigation" class="aeN" aria-expanded="true"><a href="#inbox">Inbox</a><a href="#sent">Sent</a></div>
 <div class="AO"><table class="F cf zt" role="grid"><tbody class="bench-rows">${rows}</tbody></table></div>
 <div class="dw"><div class="no">${compose}</div></div>
 <div class="bAp b8 UC" aria-live="assertive"></div>
</div><script>(${scenario.toString()})();</script></body></html>`;
}
