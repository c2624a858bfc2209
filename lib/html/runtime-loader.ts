/**
 * Every page is complete without JavaScript, so the framework runtime (React, the Next router, ~137 kB gzip)
 * is an enhancement: the build parks its script tags (see defer-runtime.ts) and this inline script starts them
 * on the reader's first sign of interaction (pointer, touch, key, focus, wheel or scroll). A reader who only
 * reads never pays for hydration; one who reaches for a control gets it then.
 *
 * The parked scripts start in document order (async=false): the page's React payload first, as hydration
 * reads it when the runtime starts. An early event (a pointer resting where the page first paints gets a
 * pointerover) can come while the parser is still in <body>; the scripts then start at DOMContentLoaded,
 * once every parked tag exists.
 *
 * A page opened with a query string starts at once: that is a shared view (a filtered table, an explorer
 * view), and the reader should see the view the link names, not the default one until they move.
 *
 * Clicks on buttons that arrive before the app is live are held and replayed once it is, so the first
 * press of "Copy" or "Next page" is not lost. Plain ES5, inlined in <head>; no framework.
 */

/** type of the parked runtime script tags: unknown to the browser, so they neither load nor run. */
export const DEFERRED_SCRIPT_TYPE = 'text/x-deferred-runtime';
/** Event the HydrationMark component dispatches on window once React has hydrated the page. */
export const HYDRATED_EVENT = 'otr:hydrated';
/** performance.mark names: when the runtime was asked to start, and when React was live (read by the bench). */
export const MARK_START = 'otr:runtime-start';
export const MARK_LIVE = 'otr:runtime-live';
/** Attribute set on <html> once the runtime has been asked to start, and its value once React is live. */
export const RUNTIME_ATTR = 'data-runtime';

export const RUNTIME_LOADER_JS = `(function(){
var d=document.documentElement,started=0,live=0,held=[],E=['pointerover','pointerdown','touchstart','keydown','focusin','wheel','scroll'];
function mark(m){if(window.performance&&performance.mark)performance.mark(m);}
function start(){if(started)return;started=1;mark('${MARK_START}');d.setAttribute('${RUNTIME_ATTR}','starting');
for(var i=0;i<E.length;i++)removeEventListener(E[i],start,true);
if(document.readyState==='loading')document.addEventListener('DOMContentLoaded',load);else load();}
function load(){var s=document.querySelectorAll('script[type="${DEFERRED_SCRIPT_TYPE}"]');
for(var j=0;j<s.length;j++){var n=document.createElement('script');n.src=s[j].getAttribute('data-src');n.async=false;document.head.appendChild(n);}}
for(var k=0;k<E.length;k++)addEventListener(E[k],start,{capture:true,passive:true});
if(location.search.length>1)start();
addEventListener('click',function(e){if(live)return;var b=e.target&&e.target.closest&&e.target.closest('button');
if(!b)return;e.preventDefault();e.stopImmediatePropagation();if(held.indexOf(b)<0)held.push(b);start();},true);
addEventListener('${HYDRATED_EVENT}',function(){live=1;mark('${MARK_LIVE}');d.setAttribute('${RUNTIME_ATTR}','live');
var h=held.splice(0);for(var i=0;i<h.length;i++)if(h[i].isConnected)h[i].click();});
})();`;
