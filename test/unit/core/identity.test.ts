import { describe, expect, it } from 'vitest';
import {
  canonicalLinkedInUrl, identityKeys, isAutomatedAddress, matchesIgnoreList, normalizeEmail,
} from '../../../src/core/identity';

describe('normalizeEmail', () => {
  it.each([
    ['  Dana.Smith@Example.COM ', 'dana.smith@example.com'],
    ['dana@googlemail.com', 'dana@gmail.com'],
    ['Dana@GoogleMail.com', 'dana@gmail.com'],
    ['mailto:dana@example.com', 'dana@example.com'],
    ['<dana@example.com>', 'dana@example.com'],
    ['dana@googlemail.com.evil.test', 'dana@googlemail.com.evil.test'],
  ])('%j → %j', (raw, norm) => {
    expect(normalizeEmail(raw)).toBe(norm);
  });
});

describe('canonicalLinkedInUrl', () => {
  const JANE = 'https://www.linkedin.com/in/jane-doe/';
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', JANE],
    ['https://www.linkedin.com/in/jane-doe', JANE],
    ['https://www.linkedin.com/in/Jane-Doe/?originalSubdomain=de', JANE],
    ['https://de.linkedin.com/in/jane-doe/', JANE],
    ['https://linkedin.com/in/jane-doe#experience', JANE],
    ['http://uk.linkedin.com/in/jane-doe/de/', JANE],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', JANE],
    ['www.linkedin.com/in/jane-doe', JANE],
    ['https://m.linkedin.com/in/jane-doe', JANE],
    ['https://www.linkedin.com/in/j%C3%BCrgen-m/', 'https://www.linkedin.com/in/j%C3%BCrgen-m/'],
    ['https://www.linkedin.com/in/JÜRGEN-M/', 'https://www.linkedin.com/in/j%C3%BCrgen-m/'],
    ['https://www.linkedin.com/in/ACoAAB1234567890xyz', 'https://www.linkedin.com/in/ACoAAB1234567890xyz/'],
    ['https://www.linkedin.com/company/acme/', null],
    ['https://www.linkedin.com/pub/jane-doe/1/2/3', null],
    ['https://evil.test/in/jane-doe', null],
    ['https://linkedin.com.evil.test/in/jane-doe', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
    ['', null],
  ])('%j → %j', (raw, canonical) => {
    expect(canonicalLinkedInUrl(raw)).toBe(canonical);
  });
});

describe('identityKeys', () => {
  it('gives email, profile and name keys, normalized, with the display kept', () => {
    expect(identityKeys({ email: ' Dana@GoogleMail.com', profileUrl: 'https://de.linkedin.com/in/dana/?x=1', name: '  Dana   Smith ' })).toEqual([
      { kind: 'email', value: 'dana@gmail.com', display: 'Dana@GoogleMail.com' },
      { kind: 'linkedin', value: 'https://www.linkedin.com/in/dana/', display: 'https://de.linkedin.com/in/dana/?x=1' },
      { kind: 'name', value: 'dana smith', display: 'Dana Smith' },
    ]);
  });

  it('skips what is not an identity', () => {
    expect(identityKeys({ email: 'not-an-email', profileUrl: 'https://example.com/in/x', name: '  ' })).toEqual([]);
  });

  it('the same mailbox from two sites gives the same key', () => {
    const a = identityKeys({ email: 'Dana@gmail.com' })[0];
    const b = identityKeys({ email: 'dana@googlemail.com ' })[0];
    expect(a?.value).toBe(b?.value);
  });
});

describe('isAutomatedAddress', () => {
  it.each([
    ['no-reply@example.com', true],
    ['noreply@github.com', true],
    ['do-not-reply@bank.test', true],
    ['DoNotReply@x.test', true],
    ['notifications@github.com', true],
    ['notification+abc@x.test', true],
    ['messages-noreply@linkedin.com', true],
    ['MAILER-DAEMON@mx.example.com', true],
    ['postmaster@example.com', true],
    ['bounces+123@mail.example.com', true],
    ['team-list-request@lists.example.org', true],
    ['announce@lists.example.org', true],
    ['some-group@googlegroups.com', true],
    ['reply+abc123@reply.github.com', true],
    ['newsletter@startup.test', true],
    ['dana.smith@example.com', false],
    ['noah@example.com', false],
    ['norepl@example.com', false],
    ['alertson@example.com', false],
    ['info@smallbusiness.test', false],
  ])('%s → %s', (email, automated) => {
    expect(isAutomatedAddress(email)).toBe(automated);
  });
});

describe('matchesIgnoreList', () => {
  const list = ['boss@corp.test', '@recruiters.test', 'spam.test', 'https://de.linkedin.com/in/pushy-pete/?x=1', '  '];
  it.each([
    [{ email: 'Boss@Corp.test' }, true],
    [{ email: 'other@corp.test' }, false],
    [{ email: 'anyone@recruiters.test' }, true],
    [{ email: 'a@eu.recruiters.test' }, true],
    [{ email: 'a@notrecruiters.test' }, false],
    [{ email: 'x@spam.test' }, true],
    [{ profileUrl: 'https://www.linkedin.com/in/Pushy-Pete' }, true],
    [{ profileUrl: 'https://www.linkedin.com/in/nice-nora' }, false],
    [{ name: 'Boss' }, false],
    [{ kind: 'email' as const, value: 'boss@corp.test' }, true],
    [{ kind: 'linkedin' as const, value: 'https://www.linkedin.com/in/pushy-pete/' }, true],
    [{ kind: 'name' as const, value: 'spam.test' }, false],
  ])('%j → %s', (who, ignored) => {
    expect(matchesIgnoreList(who, list)).toBe(ignored);
  });

  it('an empty list ignores nobody', () => {
    expect(matchesIgnoreList({ email: 'a@b.test' }, [])).toBe(false);
  });
});
