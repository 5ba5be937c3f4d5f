/* Health library assistant: the patient chat widget. One classic script, no framework:
 *   <script src="https://assistant.example-hospital.org/widget/v1/assistant.js" async></script>
 * Options are data-* attributes on that tag (README "Patient chat widget"). It defines the custom
 * element <health-library-assistant> (Shadow DOM) and adds one to the page. Works under a strict
 * Content-Security-Policy: no inline script or style, no eval, DOM built with createElement only.
 * Keeps the conversation in sessionStorage (this tab only); nothing in local storage, no cookies. */
(() => {
  'use strict';
  const TAG = 'health-library-assistant';
  if (customElements.get(TAG)) return;
  /* Hash of assistant.css and the string bundles; versioned URLs are cached for a year.
     WidgetFilesTest fails with the new value when one of those files changes. */
  const VERSION = '340376934bea';
  const LANGS = { en: 'English', es: 'Español' };
  const OUTCOMES_WITH_SUGGESTIONS = ['NEEDS_CLARIFICATION', 'NOT_IN_LIBRARY'];
  const DEFAULT_COLOURS = { '--p': '#005a9c', '--op': '#ffffff', '--bg': '#ffffff', '--fg': '#1b1b1b' };
  const REASONS = ['didnt_answer', 'hard_to_understand', 'wrong_or_outdated', 'other'];
  const ICONS = {
    chat: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z',
    close: 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z',
    up: 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6c-.4.4-.6.9-.6 1.4v10c0 1.1.9 2 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z'
  };
  const script = document.currentScript;
  const scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  /** Creates an element: h('p', {class: 'x', 'aria-label': 'y'}, 'text', child, ...). */
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v == null) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const kid of kids.flat()) if (kid != null && kid !== false) el.append(kid);
    return el;
  }
  function icon(name) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(ns, 'path');
    /* Thumbs down is thumbs up turned over (a separate path had the hand touching the cuff). */
    path.setAttribute('d', ICONS[name === 'down' ? 'up' : name]);
    if (name === 'down') path.setAttribute('transform', 'rotate(180 12 12)');
    svg.append(path);
    return svg;
  }
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));

  /* WCAG contrast of two CSS colours (any syntax the browser knows). */
  function rgb(probe, colour) {
    probe.style.color = '';
    probe.style.color = colour;
    const m = getComputedStyle(probe).color.match(/[\d.]+/g);
    return m ? m.slice(0, 3).map(Number) : null;
  }
  function luminance(c) {
    const [r, g, b] = c.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(a, b) {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  }

  class Assistant extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const d = this.dataset;
      this.page = d.mode === 'page';
      this.service = (d.service || scriptOrigin).replace(/\/+$/, '');
      this.key = 'hla:v1:' + this.service;
      this.starters = d.starters ? d.starters.split('|').map((s) => s.trim()).filter(Boolean) : null;
      const saved = this.load();
      this.state = saved || { sessionId: null, lang: this.pickLang(d.lang), open: d.open === 'true', messages: [], alert: null };
      if (this.page) this.state.open = true;
      for (const [opt, prop] of [['primary', 'primary'], ['onPrimary', 'on-primary'], ['background', 'background'],
        ['text', 'text'], ['font', 'font']]) {
        if (d[opt]) this.style.setProperty('--hla-' + prop, d[opt]);
      }
      const shadow = this.attachShadow({ mode: 'open' });
      this.root = h('div', { class: 'root' + (this.page ? ' page' : '') + (d.position === 'left' ? ' left' : ''), hidden: true });
      const css = h('link', { rel: 'stylesheet', href: this.url('/widget/v1/assistant.css?v=' + VERSION) });
      const styled = new Promise((ok) => { css.onload = ok; css.onerror = ok; });
      shadow.append(css, this.root);
      Promise.all([styled, this.strings(this.state.lang)]).then(([, t]) => {
        this.t = t;
        this.build();
        this.checkContrast();
        this.root.hidden = false;
        this.dispatchEvent(new CustomEvent('hla-ready'));
      }, () => { this.dataset.state = 'failed'; });
    }

    url(path) { return this.service + path; }
    pickLang(wanted) {
      const lang = (wanted || document.documentElement.lang || 'en').slice(0, 2).toLowerCase();
      return lang in LANGS ? lang : 'en';
    }
    strings(lang) {
      return fetch(this.url('/widget/v1/i18n/' + lang + '.json?v=' + VERSION), { credentials: 'omit' })
        .then((r) => { if (!r.ok) throw new Error('strings ' + r.status); return r.json(); });
    }
    load() {
      try { return JSON.parse(sessionStorage.getItem(this.key)); } catch (e) { return null; }
    }
    save() {
      try { sessionStorage.setItem(this.key, JSON.stringify(this.state)); } catch (e) { /* storage full or off: keep going */ }
    }

    /* ---------- layout ---------- */
    build() {
      const t = this.t;
      this.root.lang = this.state.lang;
      this.root.replaceChildren();
      this.launcher = this.page ? null : h('button', { class: 'launch', type: 'button', 'aria-expanded': 'false',
        'aria-controls': 'hla-panel', onclick: () => this.setOpen(true) }, icon('chat'), h('span', {}, t.open));
      this.titleEl = h(this.page ? 'h1' : 'h2', { id: 'hla-title' }, t.title);
      this.log = h('div', { class: 'log', role: 'log', 'aria-relevant': 'additions', 'aria-labelledby': 'hla-title' });
      this.draft = h('div', { class: 'msg bot draft', 'aria-hidden': 'true', hidden: true });
      this.typing = h('div', { class: 'typing', hidden: true }, h('span', { class: 'sr' }, t.writing), h('i'), h('i'), h('i'));
      this.welcome = h('div', { class: 'welcome' });
      this.scroller = h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t.conversation },
        this.welcome, this.log, this.draft, this.typing);
      this.bannerSlot = h('div');
      this.status = h('p', { class: 'status', role: 'status' });
      this.input = h('textarea', { id: 'hla-input', rows: '1', maxlength: '2000', placeholder: t.placeholder,
        'aria-label': t.inputLabel, autocomplete: 'off', onkeydown: (e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); this.submit(); }
        } });
      this.sendBtn = h('button', { class: 'send', type: 'submit' }, t.send);
      const select = h('select', { 'aria-label': t.language, onchange: (e) => this.setLang(e.target.value) },
        Object.entries(LANGS).map(([code, name]) => h('option', { value: code, lang: code, selected: code === this.state.lang }, name)));
      this.panel = h('section', { class: 'panel', id: 'hla-panel', role: this.page ? 'main' : 'dialog',
        'aria-labelledby': 'hla-title', hidden: !this.state.open, onkeydown: (e) => {
          if (e.key === 'Escape' && !this.page) { e.stopPropagation(); this.setOpen(false); }
        } },
      h('div', { class: 'head' }, this.titleEl,
        this.page ? null : h('button', { class: 'icon', type: 'button', 'aria-label': t.close, onclick: () => this.setOpen(false) }, icon('close'))),
      h('div', { class: 'tools' },
        select,
        h('button', { class: 'tool', type: 'button', onclick: () => this.startOver() }, t.startOver),
        h('button', { class: 'tool', type: 'button', 'aria-label': t.downloadLabel, onclick: () => this.download() }, t.download),
        this.page ? null : h('a', { class: 'tool', href: this.url('/'), target: '_blank', rel: 'noopener' }, t.newTab,
          h('span', { class: 'sr' }, ' ' + t.opensNewTab))),
      this.bannerSlot,
      this.scroller,
      h('div', { class: 'foot' }, this.status, h('p', { class: 'disc' }, t.disclaimer), h('p', { class: 'disc short' }, t.disclaimerShort),
        h('form', { onsubmit: (e) => { e.preventDefault(); this.submit(); } }, this.input, this.sendBtn)));
      this.root.append(...[this.launcher, this.panel].filter(Boolean));
      if (this.launcher) this.launcher.hidden = this.state.open;
      if (this.launcher) this.launcher.setAttribute('aria-expanded', String(this.state.open));
      this.renderWelcome();
      this.state.messages.forEach((m) => this.log.append(this.renderMessage(m)));
      this.markLatest();
      this.renderBanner();
      this.fitViewport();
      if (this.state.open) this.scrollDown();
    }

    renderWelcome() {
      const t = this.t;
      const empty = this.state.messages.length === 0;
      this.welcome.replaceChildren();
      this.welcome.hidden = !empty;
      if (empty) this.welcome.append(h('p', {}, t.welcome), this.suggestionList(this.starters || t.starters));
    }

    suggestionList(items) {
      return h('div', { class: 'sugg-list', role: 'group', 'aria-label': this.t.suggestions },
        items.map((q) => h('button', { class: 'sugg', type: 'button', onclick: () => this.send(q) }, q)));
    }

    renderMessage(m) {
      const t = this.t;
      if (m.role === 'user') return h('div', { class: 'msg user' }, h('span', { class: 'sr' }, t.you + ' '), h('p', {}, m.text));
      const b = m.body || {};
      const el = h('div', { class: 'msg bot' + (b.outcome === 'EMERGENCY' ? ' emergency' : ''), 'data-outcome': b.outcome || '' },
        h('span', { class: 'sr' }, t.assistant + ' '),
        m.text.split(/\n{2,}/).map((para) => h('p', {}, para)));
      if (b.cbc && b.cbc.analytes && b.cbc.analytes.length) el.append(this.labTable(b.cbc));
      if (b.citations && b.citations.length) {
        el.append(h('div', { class: 'src' }, h('h3', {}, t.sources), h('ul', {}, b.citations.map((c) => h('li', {},
          h('a', { href: c.url, target: '_blank', rel: 'noopener' }, c.section ? c.title + ' > ' + c.section : c.title,
            h('span', { class: 'sr' }, ' ' + t.opensNewTab)))))));
      }
      if (OUTCOMES_WITH_SUGGESTIONS.includes(b.outcome)) {
        const list = b.suggestions && b.suggestions.length ? b.suggestions : (this.starters || t.starters);
        el.append(h('div', { class: 'suggest' }, this.suggestionList(list)));
      }
      if (m.traceId && b.outcome !== 'EMERGENCY') el.append(this.feedback(m));
      return el;
    }

    labTable(cbc) {
      const t = this.t;
      const num = (v) => (v == null ? '' : String(Math.round(v * 100) / 100));
      const rows = cbc.analytes.map((a) => {
        const r = a.referenceRange || {};
        const range = r.low != null && r.high != null ? fill(t.rangeTo, { low: num(r.low), high: num(r.high) }) + ' ' + (r.unit || '') : t.none;
        return h('tr', {}, h('th', { scope: 'row' }, t['analyte.' + a.analyte] || a.analyte),
          h('td', {}, num(a.value) + ' ' + (a.unit || '')), h('td', {}, range),
          h('td', { class: 'st-' + a.status }, t['status.' + a.status] || a.status), h('td', {}, a.grade == null ? t.none : String(a.grade)));
      });
      return h('div', { class: 'labwrap', role: 'region', tabindex: '0', 'aria-label': t.labTableLabel },
        h('table', {}, h('caption', {}, t.labCaption),
          h('thead', {}, h('tr', {}, [t.labTest, t.labValue, t.labRange, t.labStatus, t.labGrade].map((c) => h('th', { scope: 'col' }, c)))),
          h('tbody', {}, rows)));
    }

    feedback(m) {
      const t = this.t;
      const fb = m.fb || {};
      const box = h('div', { class: 'fbbox' });
      const thumb = (rating) => h('button', { class: 'icon', type: 'button', 'aria-pressed': String(fb.rating === rating),
        'aria-label': t[rating], onclick: () => this.rate(m, rating, null) }, icon(rating));
      box.append(h('div', { class: 'fb', role: 'group', 'aria-label': t.helpful }, h('span', { 'aria-hidden': 'true' }, t.helpful), thumb('up'), thumb('down')));
      if (fb.rating === 'down') {
        box.append(h('div', { class: 'chips', role: 'group', 'aria-label': t.whyNot }, h('p', { class: 'fbq', 'aria-hidden': 'true' }, t.whyNot),
          REASONS.map((r) => h('button', { class: 'chip', type: 'button', 'aria-pressed': String(fb.reason === r),
            onclick: () => this.rate(m, 'down', r) }, t['reason.' + r]))));
      }
      box.append(h('p', { class: 'ack', role: 'status' }, fb.error ? t.feedbackFailed : fb.rating ? t.thanks : ''));
      return box;
    }

    markLatest() {
      /* Only the newest answer keeps its suggestion buttons: older ones would send stale questions. */
      const all = this.log.querySelectorAll('.suggest');
      all.forEach((s, i) => { s.hidden = i !== all.length - 1 || this.log.lastElementChild !== s.parentElement; });
    }

    renderBanner() {
      const t = this.t;
      const a = this.state.alert;
      this.bannerSlot.replaceChildren();
      if (!a) return;
      const numbers = [...new Set((a.match(/\b(911|988|112|999)\b/g) || []))].slice(0, 2);
      this.bannerSlot.append(h('div', { class: 'banner', role: 'alert' },
        h('p', {}, t.emergencyTitle + ' ' + t.emergencyText),
        numbers.map((n) => h('a', { href: 'tel:' + n }, fill(t.call, { n }))),
        h('button', { type: 'button', onclick: () => { this.state.alert = null; this.save(); this.renderBanner(); this.input.focus(); } }, t.hide)));
    }

    /* ---------- behaviour ---------- */
    setOpen(open) {
      this.state.open = open;
      this.save();
      this.panel.hidden = !open;
      if (this.launcher) {
        this.launcher.hidden = open;
        this.launcher.setAttribute('aria-expanded', String(open));
      }
      if (open) { this.fitViewport(); this.scrollDown(); this.input.focus(); } else if (this.launcher) this.launcher.focus();
    }

    setLang(lang) {
      if (!(lang in LANGS)) return;
      this.strings(lang).then((t) => {
        this.t = t;
        this.state.lang = lang;
        this.save();
        const focusSelect = this.shadowRoot.activeElement && this.shadowRoot.activeElement.tagName === 'SELECT';
        this.build();
        if (focusSelect) this.root.querySelector('select').focus();
      }, () => this.say(this.t.error));
    }

    startOver() {
      try { sessionStorage.removeItem(this.key); } catch (e) { /* nothing stored */ }
      this.abort && this.abort.abort();
      this.state = { sessionId: null, lang: this.state.lang, open: this.state.open, messages: [], alert: null };
      this.build();
      this.say(this.t.cleared);
      this.input.focus();
    }

    download() {
      const t = this.t;
      const lines = [t.transcriptTitle, new Date().toLocaleString(this.state.lang), ''];
      for (const m of this.state.messages) {
        lines.push((m.role === 'user' ? t.youPlain : t.assistantPlain) + ': ' + m.text);
        const b = m.body || {};
        for (const a of (b.cbc && b.cbc.analytes) || []) {
          const r = a.referenceRange || {};
          lines.push('  ' + (t['analyte.' + a.analyte] || a.analyte) + ': ' + a.value + ' ' + (a.unit || '') + ' (' + t.labRange + ' '
            + (r.low != null ? r.low + '-' + r.high : t.none) + ') ' + (t['status.' + a.status] || a.status)
            + (a.grade != null ? ', ' + t.labGrade + ' ' + a.grade : ''));
        }
        for (const c of b.citations || []) lines.push('  ' + t.sources + ': ' + c.title + (c.section ? ' > ' + c.section : '') + ' ' + c.url);
        lines.push('');
      }
      lines.push(t.disclaimer, '');
      const link = h('a', { href: URL.createObjectURL(new Blob([lines.join('\n')], { type: 'text/plain;charset=utf-8' })), download: t.transcriptFile });
      this.root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }

    say(text) { this.status.textContent = text; }

    submit() {
      const text = this.input.value.trim();
      if (text) this.send(text);
    }

    async send(text) {
      if (this.busy) return;
      this.busy = true;
      this.sendBtn.setAttribute('aria-disabled', 'true');
      this.say('');
      this.input.value = '';
      const user = { role: 'user', text };
      this.state.messages.push(user);
      this.save();
      this.renderWelcome();
      this.log.append(this.renderMessage(user));
      this.markLatest();
      this.typing.hidden = false;
      this.scrollDown();
      const started = performance.now();
      let shown = '';
      try {
        this.abort = new AbortController();
        const res = await fetch(this.url('/api/chat/stream'), {
          method: 'POST', credentials: 'omit', signal: this.abort.signal,
          headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
          body: JSON.stringify(this.state.sessionId ? { message: text, sessionId: this.state.sessionId } : { message: text })
        });
        if (!res.ok) return this.failed(user, text, res);
        let done = null;
        await this.events(res, (name, data) => {
          if (name === 'delta') {
            if (!shown) this.dispatchEvent(new CustomEvent('hla-first-token', { detail: { ms: performance.now() - started } }));
            shown += data.text;
            this.typing.hidden = true;
            this.draft.hidden = false;
            this.draft.textContent = shown;
            this.scrollDown();
          } else if (name === 'reset') {
            shown = '';
            this.draft.textContent = '';
          } else if (name === 'done') {
            done = data;
          }
        });
        if (!done) throw new Error('stream ended early');
        this.finish(done);
      } catch (e) {
        if (e.name !== 'AbortError') this.failed(user, text, null);
      } finally {
        this.busy = false;
        this.sendBtn.removeAttribute('aria-disabled');
        this.typing.hidden = true;
        this.draft.hidden = true;
        this.draft.textContent = '';
      }
    }

    async events(res, on) {
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      let buf = '';
      for (;;) {
        const { value, done } = await reader.read();
        buf += decoder.decode(value || new Uint8Array(), { stream: !done });
        let cut;
        while ((cut = buf.search(/\r?\n\r?\n/)) >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut).replace(/^\r?\n\r?\n/, '');
          let name = 'message';
          const data = [];
          for (const line of block.split(/\r?\n/)) {
            if (line.startsWith('event:')) name = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (data.length) on(name, JSON.parse(data.join('\n')));
        }
        if (done) return;
      }
    }

    finish(body) {
      this.state.sessionId = body.sessionId || this.state.sessionId;
      const m = { role: 'assistant', text: body.answer || '', body: {
        outcome: body.outcome, citations: body.citations || [], cbc: body.cbc || null, suggestions: body.suggestions || null
      }, traceId: body.traceId || null };
      if (body.outcome === 'EMERGENCY' || body.emergency) this.state.alert = body.answer;
      this.state.messages.push(m);
      this.save();
      this.renderBanner();
      this.log.append(this.renderMessage(m));
      this.markLatest();
      this.scrollDown();
      this.dispatchEvent(new CustomEvent('hla-answer', { detail: { outcome: body.outcome } }));
    }

    async failed(user, text, res) {
      this.state.messages.splice(this.state.messages.indexOf(user), 1);
      this.save();
      this.log.lastElementChild && this.log.lastElementChild.remove();
      this.renderWelcome();
      this.input.value = text;
      let msg = this.t.offline;
      if (res && res.status === 429) msg = fill(this.t.rateLimited, { s: res.headers.get('Retry-After') || '30' });
      else if (res) msg = this.t.error;
      this.say(msg);
    }

    async rate(m, rating, reason) {
      m.fb = { rating, reason };
      const ok = await fetch(this.url('/api/feedback'), {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(reason ? { traceId: m.traceId, rating, reason } : { traceId: m.traceId, rating })
      }).then((r) => r.ok, () => false);
      if (!ok) m.fb.error = true;
      this.save();
      const i = this.state.messages.indexOf(m);
      const el = this.log.children[i];
      if (!el) return;
      const focusKey = this.shadowRoot.activeElement && this.shadowRoot.activeElement.getAttribute('aria-label');
      const focusText = this.shadowRoot.activeElement && this.shadowRoot.activeElement.textContent;
      const box = el.querySelector('.fbbox');
      const next = this.feedback(m);
      box.replaceWith(next);
      const again = [...next.querySelectorAll('button')].find((b) => (focusKey && b.getAttribute('aria-label') === focusKey)
        || (!focusKey && b.textContent === focusText));
      if (again) again.focus();
    }

    scrollDown() { if (this.scroller) this.scroller.scrollTop = this.scroller.scrollHeight; }

    /* On a phone the panel and the launcher follow the visual viewport (the part of the page on screen), not the
       page's width: the input stays above the on-screen keyboard, and a page wider than the screen cannot push them off. */
    fitViewport() {
      const vv = window.visualViewport;
      if (!vv || this.fitting) return;
      this.fitting = true;
      const fit = () => {
        for (const [k, v] of [['vh', vv.height], ['vw', vv.width], ['top', vv.offsetTop], ['left', vv.offsetLeft]]) {
          this.root.style.setProperty('--hla-' + k, v + 'px');
        }
      };
      vv.addEventListener('resize', fit);
      vv.addEventListener('scroll', fit);
      fit();
    }

    /* Custom colours must keep 4.5:1; each pair that does not falls back to the default theme's colours. */
    checkContrast() {
      const probe = h('span', { hidden: true });
      this.root.append(probe);
      const css = getComputedStyle(this.root);
      const bad = new Set();
      for (const [a, b] of [['--p', '--op'], ['--fg', '--bg'], ['--p', '--bg']]) {
        const ca = rgb(probe, css.getPropertyValue(a).trim());
        const cb = rgb(probe, css.getPropertyValue(b).trim());
        if (!ca || !cb || contrast(ca, cb) < 4.5) { bad.add(a); bad.add(b); }
      }
      probe.remove();
      for (const name of bad) this.root.style.setProperty(name, DEFAULT_COLOURS[name]);
      if (bad.size) console.warn('[health-library-assistant] colours below 4.5:1 contrast replaced by the defaults');
      this.dataset.contrast = bad.size ? 'adjusted' : 'ok';
    }
  }

  customElements.define(TAG, Assistant);
  const add = () => {
    const el = document.createElement(TAG);
    if (script) for (const [k, v] of Object.entries(script.dataset)) el.dataset[k] = v;
    document.body.append(el);
  };
  if (document.body) add(); else document.addEventListener('DOMContentLoaded', add);
})();
