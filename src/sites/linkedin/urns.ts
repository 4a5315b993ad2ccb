// LinkedIn's URNs as its messenger API writes them (TextsHQ/platform-linkedin
// src/lib/types/messages.ts; the createMessage response of a 2026 capture):
//   conversation  urn:li:msg_conversation:(urn:li:fsd_profile:<viewer>,2-<thread>)
//                 urn:li:messagingThread:2-<thread> (backend form)
//   message       urn:li:msg_message:(urn:li:fsd_profile:<viewer>,2-<message>)
//   member        urn:li:fsd_profile:<id>
// The thread id is the one in /messaging/thread/<id>/; the viewer inside a
// message urn is the signed-in member, whoever wrote the message.

const cap = (s: string | undefined): string | undefined => (s && s.length <= 256 ? s : undefined);

/** The thread id of a conversation urn (either form), else undefined. */
export const threadOfUrn = (urn: unknown): string | undefined =>
  typeof urn === 'string' ? cap(/^urn:li:(?:msg_conversation:\(.*,|messagingThread:)(2-[^,()]+)\)?$/.exec(urn)?.[1]) : undefined;

/** The viewer's member urn inside a message urn (the mailbox it lives in). */
export const mailboxOfMessage = (urn: unknown): string | undefined =>
  typeof urn === 'string' ? cap(/^urn:li:msg_message:\((urn:li:fsd_profile:[^,()]+),/.exec(urn)?.[1]) : undefined;

export const isMessageUrn = (urn: unknown): urn is string =>
  typeof urn === 'string' && urn.length <= 256 && urn.startsWith('urn:li:msg_message:');

export const isMemberUrn = (urn: unknown): urn is string =>
  typeof urn === 'string' && urn.length <= 256 && /^urn:li:fsd_profile:[^,()\s]+$/.test(urn);
