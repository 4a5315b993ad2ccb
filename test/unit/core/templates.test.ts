import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, PLACEHOLDERS, fillTemplate, findUltimatumPhrases, firstNameOf } from '../../../src/core/templates';
import { TEMPLATE_IDS } from '../../../src/core/types';

describe('default templates', () => {
  it('has one for every kind of follow-up', () => {
    expect(Object.keys(DEFAULT_TEMPLATES).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it.each(TEMPLATE_IDS)('%s never puts the contact on notice', (id) => {
    const text = DEFAULT_TEMPLATES[id];
    for (const phrase of ['last chance', 'final notice', 'on notice', 'ultimatum']) expect(text.toLowerCase()).not.toContain(phrase);
    expect(findUltimatumPhrases(text)).toEqual([]);
  });

  it.each(TEMPLATE_IDS)('%s uses only known placeholders', (id) => {
    const used = [...DEFAULT_TEMPLATES[id].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const p of used) expect(PLACEHOLDERS).toContain(p);
  });

  it('the referral ask asks for a name and for permission to use the referrer\'s', () => {
    expect(DEFAULT_TEMPLATES['referral-ask']).toMatch(/who else would you recommend/i);
    expect(DEFAULT_TEMPLATES['referral-ask']).toMatch(/mention/i);
  });
});

describe('findUltimatumPhrases', () => {
  it.each([
    ['This is your LAST   chance to reply.', ['LAST   chance']],
    ['Consider this a final-notice.', ['final-notice']],
    ['I am putting you on notice', ['on notice']],
    ['No ultimatum here? ultimatum!', ['ultimatum', 'ultimatum']],
    ['This is my last attempt, I won’t reach out again.', ['last attempt', 'won’t reach out again']],
    ['Hi Dana, floating this back up. Best, Sam', []],
    ['Notice the lasting chance of rain', []],
    ['Following up on my last email about coffee', []],
  ])('%s', (text, found) => {
    expect(findUltimatumPhrases(text)).toEqual(found);
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder', () => {
    expect(fillTemplate('Hi {firstName} ({name}), {referee} says hi. {link} {subject}. {me}', {
      firstName: 'Dana', name: 'Dana Smith', referee: 'Don', link: 'https://x.test', subject: 'Coffee', me: 'Sam',
    })).toBe('Hi Dana (Dana Smith), Don says hi. https://x.test Coffee. Sam');
  });

  it.each([
    ['Hi {firstName}, hello', {}, 'Hi, hello'],
    ['Hi {firstName}! Best, {me}', { firstName: 'Dana' }, 'Hi Dana! Best,'],
    ['See {link} and {unknown} then', {}, 'See and then'],
    ['{firstName}', {}, ''],
    ['Price {x}: {y}', { x: '5' }, 'Price 5:'],
    ['Keep {braces and} {{firstName}}', { firstName: 'D' }, 'Keep {braces and} {D}'],
    ['Hi {firstName},\nBest,\n{me}', {}, 'Hi,\nBest,'],
  ])('%j with %j', (tpl, vars, expected) => {
    expect(fillTemplate(tpl, vars)).toBe(expected);
  });

  it('does not read inherited properties', () => {
    expect(fillTemplate('{constructor}{toString}', {})).toBe('');
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Dana Smith', 'Dana'],
    ['  Dana   Smith ', 'Dana'],
    ['Dr. Dana Smith', 'Dana'],
    ['Smith, Dana', 'Dana'],
    ['Dana Smith, PhD', 'Dana'],
    ['Dana (She/Her) Smith', 'Dana'],
    ['dana.smith@example.com', 'Dana'],
    ['x_9@example.com', ''],
    ['Prof. Dr. José García', 'José'],
    ['', ''],
    ['Cher', 'Cher'],
  ])('%j → %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });
});
