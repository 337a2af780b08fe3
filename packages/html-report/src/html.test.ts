import { describe, expect, it } from 'vitest';
import { escapeHtml, html, trusted } from './html';

describe('html', () => {
  it('escapes text, in elements and attributes, and keeps markup', () => {
    const quote = 'a <b> & "c" \'d\'';
    expect(html`<p title="${quote}">${quote}</p>`.value).toBe(
      '<p title="a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;">a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;</p>',
    );
    expect(html`<div>${html`<em>${'x<y'}</em>`}${trusted('<svg></svg>')}</div>`.value).toBe('<div><em>x&lt;y</em><svg></svg></div>');
  });

  it('joins lists, prints numbers and drops nothing but null, undefined and false', () => {
    expect(html`${['a', html`<br>`, 3, null, undefined, false, 0, '']}`.value).toBe('a<br>30');
    expect(escapeHtml('</script>')).toBe('&lt;/script&gt;');
  });
});
