import type { ReactNode } from 'react';
import type { Frame, FrameMark } from '@/lib/charts/export-svg';
import { FONT_FAMILY } from '@/lib/charts/text';
import { stripInvalidXml } from '@/lib/format/xml';

/**
 * Draws a Frame (lib/charts/export-svg.ts, share-svg.ts) as one standalone SVG: its words, rules and boxes, and
 * the chart given as children at the frame's chart mark, in a positioned (and scaled) group.
 */
export function FrameSvg({ frame, children }: { frame: Frame; children?: ReactNode }) {
  const { width, height } = frame;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_FAMILY}
      role="img"
    >
      <title>{frame.title}</title>
      {frame.description ? <desc>{frame.description}</desc> : null}
      <rect width={width} height={height} fill={frame.background} />
      {frame.marks.map((mark, i) => (
        <Mark key={i} mark={mark}>
          {children}
        </Mark>
      ))}
    </svg>
  );
}

function Mark({ mark, children }: { mark: FrameMark; children?: ReactNode }) {
  switch (mark.kind) {
    case 'text':
      return (
        <text
          x={mark.x}
          y={mark.y}
          fontSize={mark.size}
          fill={mark.fill}
          fontWeight={mark.bold ? 700 : undefined}
          fontStyle={mark.italic ? 'italic' : undefined}
        >
          {mark.text}
        </text>
      );
    case 'rect':
      return (
        <rect
          x={mark.x}
          y={mark.y}
          width={mark.width}
          height={mark.height}
          rx={mark.rx}
          fill={mark.fill}
          stroke={mark.stroke}
          strokeWidth={mark.strokeWidth}
        />
      );
    case 'rule':
      return <line x1={mark.x1} x2={mark.x2} y1={mark.y} y2={mark.y} stroke={mark.stroke} strokeWidth={1} />;
    case 'chart':
      return (
        <g
          className="frame-chart"
          transform={
            mark.scale === 1 ? `translate(${mark.x},${mark.y})` : `translate(${mark.x},${mark.y}) scale(${mark.scale})`
          }
        >
          {children}
        </g>
      );
  }
}

/**
 * A chart's build-time drawing (scripts/render-charts.tsx: the same SVG the pages and embeds show, in the
 * frame's theme), placed whole as the frame's chart. Nothing in it is parsed, rewritten or recoloured; only the
 * characters XML forbids are dropped, so the file stays readable by resvg.
 */
export function ChartDrawing({ svg }: { svg: string }) {
  return <g dangerouslySetInnerHTML={{ __html: stripInvalidXml(svg) }} />;
}
