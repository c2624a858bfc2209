import { JSDOM } from 'jsdom';

/**
 * A jsdom window as globals, enough for recharts to draw at a fixed size (the build step and the chart
 * regression test both use it). Never inside Next's process: the globals confuse its server/client detection.
 */
export function installDom() {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  g.navigator = dom.window.navigator;
  g.HTMLElement = dom.window.HTMLElement;
  g.SVGElement = dom.window.SVGElement;
  g.getComputedStyle = dom.window.getComputedStyle;
  g.IS_REACT_ACT_ENVIRONMENT = false;
  // jsdom lacks these; recharts only needs them to exist.
  g.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  g.requestAnimationFrame = (cb: (t: number) => void) => setTimeout(() => cb(Date.now()), 0);
  g.cancelAnimationFrame = (id: number) => clearTimeout(id);
  return dom;
}
