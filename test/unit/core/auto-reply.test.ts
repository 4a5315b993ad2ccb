import { describe, expect, it } from 'vitest';
import { isAutoReply } from '../../../src/core/auto-reply';

describe('isAutoReply by subject', () => {
  it.each([
    'Automatic reply: Coffee next week?',
    'Out of Office: Re: intro',
    'Out of the office until Monday',
    'Autoreply: hello',
    'Auto-Reply: hello',
    'Abwesenheitsnotiz: Kaffee?',
    'Automatische Antwort: Ihre Nachricht',
    'Réponse automatique : Re: café',
    'Reponse automatique: cafe',
    'Absence : Re: café',
    'Respuesta automática: Re: café',
    'Fuera de la oficina: hola',
    'Automatisch antwoord: koffie?',
    'Afwezig: Re: koffie',
    'Risposta automatica: caffè',
    'Fuori sede: Re: caffè',
    'Resposta automática: café',
    'Ausente: Re: café',
  ])('%s', (subject) => {
    expect(isAutoReply({ subject })).toBe(true);
  });

  it.each([
    'Re: Coffee next week?',
    'Absence of evidence, a reading list',
    'The office party is out of budget',
    'Afwezigheid van data',
    '',
  ])('not: %j', (subject) => {
    expect(isAutoReply({ subject })).toBe(false);
  });
});

describe('isAutoReply by headers', () => {
  it.each<[string, Record<string, string> | { name: string; value: string }[], boolean]>([
    ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, true],
    ['auto-submitted: auto-generated', { 'auto-submitted': 'auto-generated' }, true],
    ['Auto-Submitted: no', { 'Auto-Submitted': 'no' }, false],
    ['X-Autoreply: yes', { 'X-Autoreply': 'yes' }, true],
    ['X-Autorespond', { 'X-Autorespond': 'Vacation' }, true],
    ['Precedence: auto_reply', { Precedence: 'auto_reply' }, true],
    ['Precedence: bulk', { Precedence: 'bulk' }, false],
    ['list form', [{ name: 'auto-submitted', value: 'auto-replied' }], true],
    ['ordinary headers', { From: 'dana@example.com', Subject: 'Hi' }, false],
  ])('%s', (_n, headers, auto) => {
    expect(isAutoReply({ subject: 'Re: hello', headers })).toBe(auto);
  });
});
