/**
 * The embed's whole script, inlined: allow-listed options, height reporting to the host page
 * (our message and AMP's embed-size), and keyboard focus with a tooltip for each bar.
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
post();
var tip=document.createElement('div');tip.className='tip';tip.setAttribute('role','status');document.body.appendChild(tip);
function show(e){var b=e.target,r=b.getBoundingClientRect(),tt=b.querySelector('title');if(!tt)return;tip.textContent=tt.textContent;
tip.style.left=Math.min(r.right+window.scrollX+6,innerWidth-tip.offsetWidth-4)+'px';tip.style.top=(r.top+window.scrollY-4)+'px';tip.style.display='block';}
function hide(){tip.style.display='none';}
var bars=document.querySelectorAll('.chart-bar');
// Bars inside the hidden layout are display:none, so only the visible layout's bars take focus.
for(var i=0;i<bars.length;i++){var b=bars[i],tt=b.querySelector('title');b.setAttribute('tabindex','0');b.setAttribute('role','img');if(tt)b.setAttribute('aria-label',tt.textContent);
b.addEventListener('focus',show);b.addEventListener('blur',hide);b.addEventListener('mouseenter',show);b.addEventListener('mouseleave',hide);}
})();`;
