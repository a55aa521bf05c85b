import { describe, expect, it } from 'vitest';
import { sanitizeLogText } from './log-text.js';

describe('sanitizeLogText', () => {
  it('keeps the Markdown subset as it is', () => {
    const text = 'Réunion avec les **élus**, *compte rendu* à venir.\n\n- point 1\n- point 2\n\n1. suite\n\nVoir [le site](https://www.exemple.fr/page?a=1).';
    expect(sanitizeLogText(text)).toBe(text);
  });

  it('removes HTML tags, scripts with their content, and half-open tags', () => {
    expect(sanitizeLogText('Avant<script>alert(1)</script>après')).toBe('Avantaprès');
    expect(sanitizeLogText('<b>gras</b> et <img src=x onerror=alert(1)>fin')).toBe('gras et fin');
    expect(sanitizeLogText('<scr<script>x</script>ipt>alert(1)</script>')).not.toMatch(/<script/i);
    const unclosed = sanitizeLogText('texte <img src=x onerror=alert(1)');
    expect(unclosed).not.toContain('<img');
    expect(sanitizeLogText('a < b et 3 <4')).toBe('a < b et 3 <4');
    expect(sanitizeLogText('avant <!-- caché --> après')).toBe('avant  après');
  });

  it('keeps only http and https links', () => {
    expect(sanitizeLogText('[clic](javascript:alert(1))')).not.toMatch(/javascript:/i);
    expect(sanitizeLogText('[clic](JavaScript:alert(1))')).toBe('clic');
    expect(sanitizeLogText('[doc](http://intranet.local/doc.pdf)')).toBe('[doc](http://intranet.local/doc.pdf)');
    expect(sanitizeLogText('[x]: javascript:alert(1)\ntexte')).toBe('texte');
    expect(sanitizeLogText('<javascript:alert(1)>')).toBe('');
    expect(sanitizeLogText('data:text/html,<b>x</b>')).not.toMatch(/data:/i);
    expect(sanitizeLogText('![pixel](https://tracker.example/p.png)')).toBe('pixel');
  });

  it('removes control characters and normalises blank lines', () => {
    expect(sanitizeLogText('a\u0000b\u0007c\r\nd\u202Ee')).toBe('abc\nde');
    expect(sanitizeLogText('a\n\n\n\n\nb  \n')).toBe('a\n\nb');
  });
});
