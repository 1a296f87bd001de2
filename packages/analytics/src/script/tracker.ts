/**
 * The tracking script every published page loads (`/_qs/script.<fingerprint>.js`). Kept small by
 * hand (the budget is 1.5 KB gzipped; a test measures it) and written in plain ES2017 so it runs as
 * served, without a build step. What it does:
 *
 * - a page view on load and on every single-page navigation (history.pushState, popstate);
 * - `outbound` events for clicks on links to other hosts, `download` events for links to files;
 * - custom events: `qs('signup', { plan: 'pro' })` (calls made before it loads are queued by the
 *   one-line stub `window.qs=window.qs||function(){(qs.q=qs.q||[]).push(arguments)}`);
 * - sends with navigator.sendBeacon, or fetch with keepalive; a failed fetch is retried once with
 *   the same event id, which the server counts once;
 * - no cookies, no localStorage, no identifiers kept in the browser. Event ids are UUIDv7 (their
 *   clock lets the server refuse replays).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const TRACKER_SOURCE = `!function(w,d){"use strict";
var n=navigator,l=w.location,E="/api/event",last;
function hex(b){for(var s="",i=0;i<b.length;i++)s+=(b[i]+256).toString(16).slice(1);return s}
function uid(){var t=Date.now().toString(16);while(t.length<12)t="0"+t;var r=hex(crypto.getRandomValues(new Uint8Array(10)));
return t.slice(0,8)+"-"+t.slice(8)+"-7"+r.slice(0,3)+"-"+(8|parseInt(r[3],16)&3).toString(16)+r.slice(4,7)+"-"+r.slice(7,19)}
function post(b,retry){if(!retry&&n.sendBeacon&&n.sendBeacon(E,b))return;
if(w.fetch)w.fetch(E,{method:"POST",body:b,keepalive:true,credentials:"omit",headers:{"Content-Type":"text/plain"}}).catch(function(){retry||setTimeout(function(){post(b,1)},2e3)})}
function send(name,props){var b={n:name,u:l.href,r:d.referrer||null,id:uid(),w:w.innerWidth};
if(props)b.p=props;post(JSON.stringify(b))}
function page(){var p=l.pathname;if(p===last)return;last=p;send("pageview")}
var h=w.history;if(h&&h.pushState){var push=h.pushState;h.pushState=function(){push.apply(this,arguments);page()};w.addEventListener("popstate",page)}
d.addEventListener("click",function(e){var a=e.target&&e.target.closest&&e.target.closest("a[href]");if(!a)return;
var u;try{u=new URL(a.href,l.href)}catch(x){return}if(!/^https?:$/.test(u.protocol))return;
if(/\\.(pdf|docx?|xlsx?|pptx?|csv|txt|rtf|zip|rar|7z|gz|tar|dmg|exe|msi|apk|epub|mp3|mp4|mov|avi|wav)$/i.test(u.pathname))send("download",{url:u.href.split("?")[0]});
else if(u.host!==l.host)send("outbound",{url:u.href.split("?")[0]})},true);
var q=w.qs&&w.qs.q||[];w.qs=function(name,props){send(String(name),props&&typeof props==="object"?props:null)};
page();for(var i=0;i<q.length;i++)w.qs.apply(null,q[i])}(window,document);
`;

export interface TrackerAsset {
  /** `/_qs/script.<fingerprint>.js`: cache it for a year. */
  path: string;
  fingerprint: string;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
}

let asset: TrackerAsset | null = null;

/** The script, fingerprinted and compressed once per process. */
export function trackerAsset(): TrackerAsset {
  if (asset) return asset;
  const body = Buffer.from(TRACKER_SOURCE);
  const fingerprint = createHash('sha256').update(body).digest('hex').slice(0, 10);
  asset = {
    path: `/_qs/script.${fingerprint}.js`,
    fingerprint,
    body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body),
  };
  return asset;
}

/** The 1×1 transparent GIF answered to the `<noscript>` pixel. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
