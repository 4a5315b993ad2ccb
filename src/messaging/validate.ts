// The boundary: schema and sender checks before a message reaches a handler.
import * as v from 'valibot';
import { ContentRequestSchema, PageRequestSchema, describeIssues } from './protocol';
import type { ContentRequest, PageRequest, Reply } from './protocol';
import { classifySender, type SenderInfo, type SenderKind } from './sender';

export type Accepted =
  | { ok: true; from: Extract<SenderKind, { kind: 'content' }>; request: ContentRequest }
  | { ok: true; from: Extract<SenderKind, { kind: 'page' }>; request: PageRequest };

export function acceptMessage(
  raw: unknown, sender: SenderInfo, extensionId: string, extensionBase: string,
): Accepted | Extract<Reply, { ok: false }> {
  const from = classifySender(sender, extensionId, extensionBase);
  if (!from) return { ok: false, code: 'refused', error: 'refused: unknown sender' };
  if (from.kind === 'content') {
    const parsed = v.safeParse(ContentRequestSchema, raw);
    if (!parsed.success) return { ok: false, code: 'invalid', error: `invalid message: ${describeIssues(parsed.issues)}` };
    const request = parsed.output;
    // A content script speaks only for the site it runs on.
    if ('site' in request && request.site !== from.site) return { ok: false, code: 'refused', error: 'refused: site mismatch' };
    if (request.type === 'observe' && request.messages.some((m) => m.site !== from.site)) {
      return { ok: false, code: 'refused', error: 'refused: site mismatch' };
    }
    return { ok: true, from, request };
  }
  const parsed = v.safeParse(PageRequestSchema, raw);
  if (!parsed.success) return { ok: false, code: 'invalid', error: `invalid message: ${describeIssues(parsed.issues)}` };
  return { ok: true, from, request: parsed.output };
}
