/**
 * The only JavaScript a public page may carry besides analytics: one small, dependency-free
 * script per client feature, inlined once per page by the renderer when a section on the page
 * declares the feature. Each is an enhancement — every section works without it — and each stays
 * under 1 KB (a test checks), so it is written pre-minified. All text shown comes from the page
 * (data attributes, alt text) or from `textContent`, never from `innerHTML`.
 */
import type { ClientFeature } from '../registry/types.js';

/**
 * Contact forms (`form[data-qs-form]`): send with fetch instead of leaving the page. The button is
 * disabled while sending; success replaces the form with `data-qs-success` in a focused
 * role="status" notice; a refusal shows the inbox's message (or `data-qs-error`) in a role="alert"
 * element. If the network fails, the form is submitted the normal way so nothing is lost.
 * `getAttribute('action')` and the prototype's `submit` are used because a field named "action"
 * or "submit" would shadow the form's own properties.
 */
const FORM = [
  "document.addEventListener('submit',function(e){var f=e.target;",
  "if(!(f instanceof HTMLFormElement)||!f.hasAttribute('data-qs-form')||e.defaultPrevented||!window.fetch)return;",
  "e.preventDefault();var b=f.querySelector('[type=submit]'),o=f.querySelector('[role=alert]');if(o)o.remove();if(b)b.disabled=true;",
  "fetch(f.getAttribute('action'),{method:'POST',body:new FormData(f),headers:{Accept:'application/json'}}).then(function(r){",
  "if(r.ok){var s=document.createElement('p');s.className='qs-notice';s.setAttribute('role','status');s.tabIndex=-1;",
  's.textContent=f.dataset.qsSuccess;f.replaceWith(s);s.focus();return}',
  "return r.json().catch(function(){return{}}).then(function(j){var a=document.createElement('p');a.setAttribute('role','alert');",
  'a.textContent=j&&(j.message||j.error&&j.error.message)||f.dataset.qsError;f.prepend(a);if(b)b.disabled=false})',
  '},function(){HTMLFormElement.prototype.submit.call(f)})});',
].join('');

/**
 * Gallery lightbox: a click on `a[data-qs-lightbox]` opens the full image in a modal `<dialog>`
 * (Escape and the close button close it; the browser returns focus to the link). The dialog is
 * created inside the gallery section so its CSS stays scoped under `.qs-gallery`. Modified clicks
 * and browsers without `<dialog>` keep the link's normal behaviour.
 */
const LIGHTBOX = [
  "document.addEventListener('click',function(e){var a=e.target instanceof Element&&e.target.closest('a[data-qs-lightbox]');",
  'if(!a||e.button||e.ctrlKey||e.metaKey||e.shiftKey||e.altKey||!window.HTMLDialogElement)return;',
  "var g=a.closest('.qs-gallery')||document.body,d=g.querySelector('dialog.qs-lightbox'),m=a.querySelector('img');",
  "if(!d){d=document.createElement('dialog');d.className='qs-lightbox';var c=document.createElement('button');",
  "c.type='button';c.className='qs-lightbox__close';c.setAttribute('aria-label','Close');c.textContent='\\u00d7';",
  'c.onclick=function(){d.close()};d.onclick=function(v){if(v.target===d)d.close()};',
  "d.append(c,document.createElement('img'));g.append(d)}",
  "var i=d.querySelector('img');i.src=a.href;i.alt=m?m.alt:'';d.setAttribute('aria-label',i.alt||'Photo');",
  'e.preventDefault();d.showModal()});',
].join('');

/**
 * Navigation menu (a `<details>` that already works without JavaScript): close it when one of
 * its links is followed (same-page anchors would otherwise leave it covering the page), on a
 * click outside, and on Escape, returning focus to its toggle.
 */
const NAV_TOGGLE = [
  "function q(){return document.querySelector('.qs-navigation__menu[open]')}",
  "document.addEventListener('click',function(e){var m=q();",
  "if(m&&e.target instanceof Element&&(!m.contains(e.target)||e.target.closest('a')))m.open=false});",
  "document.addEventListener('keydown',function(e){var m=q();",
  "if(m&&e.key==='Escape'){m.open=false;m.querySelector('summary').focus()}});",
].join('');

export const CLIENT_SCRIPTS: Record<ClientFeature, string> = {
  form: FORM,
  lightbox: LIGHTBOX,
  // Wrapped so its helper does not become a page global.
  'nav-toggle': `(function(){${NAV_TOGGLE}})();`,
};
