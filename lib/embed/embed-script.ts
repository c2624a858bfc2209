import { READING_KEYS } from '../charts/keyboard';

/**
 * The embed's whole script, inlined: allow-listed options, height reporting to the host page
 * (our message and AMP's embed-size), and one tab stop per chart whose arrow keys read out each mark.
 * Plain ES5 so it runs anywhere; no framework.
 */
export const EMBED_SCRIPT = `(function(){
var d=document.documentElement,q=location.search.length>2048?'':location.search,p=new URLSearchParams(q),t=p.get('theme');
if(t==='light'||t==='dark'||t==='auto')d.setAttribute('data-theme',t);
if(p.get('plain')==='1')d.className+=' plain';
var id=d.getAttribute('data-chart'),last=-1;
function post(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h===last||parent===window)return;last=h;
parent.postMessage({type:'otr-embed-size',chart:id,height:h},'*');parent.postMessage({sentinel:'amp',type:'embed-size',height:h},'*');}
addEventListener('load',post);
if(window.ResizeObserver)new ResizeObserver(post).observe(document.body);else addEventListener('resize',post);
// A frame scrolled out of view gets no ResizeObserver callbacks in Chromium (its rendering is throttled): content a script writes there is caught here.
if(window.MutationObserver)new MutationObserver(post).observe(document.body,{childList:true,subtree:true,characterData:true});
post();
var tip=document.createElement('div');tip.className='tip';tip.setAttribute('role','status');document.body.appendChild(tip);
function show(b){var r=b.getBoundingClientRect(),tt=b.querySelector('title');if(!tt)return;tip.textContent=tt.textContent;
tip.style.left=Math.max(4,Math.min(r.right+window.scrollX+6,innerWidth-tip.offsetWidth-4))+'px';tip.style.top=(r.top+window.scrollY-4)+'px';tip.style.display='block';}
function hide(){tip.style.display='none';}
// One tab stop per chart: the box. Arrow keys follow the chart's reading (READING_KEYS, lib/charts/keyboard.ts).
var box=document.querySelector('.chart-box'),keys=READING_KEYS[d.getAttribute('data-chart-reading')]||{},cur=-1;
function marks(){var all=box.querySelectorAll('.chart-mark'),out=[];for(var i=0;i<all.length;i++)if(all[i].getClientRects().length)out.push(all[i]);return out;}
if(box){box.setAttribute('tabindex','0');box.setAttribute('role','group');box.setAttribute('aria-label',document.title+'. Use the arrow keys to read each value.');
box.addEventListener('keydown',function(e){var m=marks(),n=m.length,s=keys[e.key],next;
if(!n)return;if(e.key==='Home')next=0;else if(e.key==='End')next=n-1;else if(s===undefined)return;else next=cur<0?(s>0?0:n-1):Math.max(0,Math.min(n-1,cur+s));
e.preventDefault();if(m[cur])m[cur].classList.remove('is-active');cur=next;m[cur].classList.add('is-active');show(m[cur]);});
box.addEventListener('blur',function(){var m=marks();if(m[cur])m[cur].classList.remove('is-active');cur=-1;hide();});
var all=box.querySelectorAll('.chart-mark');for(var i=0;i<all.length;i++){all[i].addEventListener('mouseenter',function(e){show(e.currentTarget);});all[i].addEventListener('mouseleave',hide);}}
})();`;

/** The inline script every embed carries, byte for byte: the content policy names it by its hash (lib/html/content-policy.ts). */
export const EMBED_INLINE_JS = `var READING_KEYS=${JSON.stringify(READING_KEYS)};${EMBED_SCRIPT}`;
