/**
 * The map as a PNG a reader can cite: the rendered map with the place names drawn on it (their
 * on-screen labels are HTML, not part of the map canvas), a title band with the date and
 * knowledge view, a legend, and the attribution. The WebGL canvas is copied inside MapLibre's
 * `render` event, while its drawing buffer is still valid.
 */
import type * as maplibregl from 'maplibre-gl';

export interface PngOptions {
	/** First line of the title band, e.g. "Reported control, 12 November 2017". */
	readonly title: string;
	/** Second line, e.g. "As known now: all 49 reports". */
	readonly subtitle: string;
	/** Place labels to draw: name and the controller's label, at the place's centre. */
	readonly labels: readonly { lon: number; lat: number; text: string; color: string }[];
	/** Legend entries. */
	readonly legend: readonly { label: string; color: string }[];
	/** Attribution line, plain text. */
	readonly attribution: string;
}

const BAND = 64;
const LEGEND = 40;
const FOOT = 28;

/** Renders the map and its annotations into a PNG blob. */
export function mapToPng(map: maplibregl.Map, o: PngOptions): Promise<Blob> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			try {
				const gl = map.getCanvas();
				const scale = gl.width / gl.clientWidth || 1;
				const w = gl.clientWidth;
				const h = gl.clientHeight;
				const canvas = document.createElement('canvas');
				canvas.width = Math.round(w * scale);
				canvas.height = Math.round((h + BAND + LEGEND + FOOT) * scale);
				const ctx = canvas.getContext('2d');
				if (!ctx) throw new Error('no 2D canvas for the PNG export');
				ctx.scale(scale, scale);
				ctx.fillStyle = '#f7f5f0';
				ctx.fillRect(0, 0, w, h + BAND + LEGEND + FOOT);
				ctx.fillStyle = '#1b232c';
				ctx.font = '600 20px system-ui, sans-serif';
				ctx.fillText(o.title, 16, 28);
				ctx.font = '14px system-ui, sans-serif';
				ctx.fillStyle = '#55606b';
				ctx.fillText(o.subtitle, 16, 50);
				ctx.drawImage(gl, 0, BAND, w, h);

				ctx.font = '600 13px system-ui, sans-serif';
				ctx.textBaseline = 'middle';
				for (const l of o.labels) {
					const p = map.project([l.lon, l.lat]);
					if (p.x < 0 || p.y < 0 || p.x > w || p.y > h) continue;
					const tw = ctx.measureText(l.text).width;
					// Right of the place, or left of it where the right edge would cut the text.
					const x = p.x + 10 + tw + 24 > w ? p.x - tw - 30 : p.x + 10;
					const y = p.y + BAND;
					ctx.fillStyle = 'rgba(255,255,255,0.92)';
					ctx.fillRect(x - 4, y - 10, tw + 24, 20);
					ctx.fillStyle = l.color;
					ctx.fillRect(x, y - 5, 10, 10);
					ctx.fillStyle = '#1b232c';
					ctx.fillText(l.text, x + 16, y);
				}

				let x = 16;
				const ly = h + BAND + LEGEND / 2;
				ctx.font = '13px system-ui, sans-serif';
				for (const e of o.legend) {
					ctx.fillStyle = e.color;
					ctx.fillRect(x, ly - 7, 14, 14);
					ctx.fillStyle = '#1b232c';
					ctx.fillText(e.label, x + 20, ly);
					x += 28 + ctx.measureText(e.label).width;
				}
				ctx.font = '11px system-ui, sans-serif';
				ctx.fillStyle = '#55606b';
				ctx.fillText(o.attribution, 16, h + BAND + LEGEND + FOOT / 2);

				canvas.toBlob(
					(b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))),
					'image/png'
				);
			} catch (e) {
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		});
		map.triggerRepaint();
	});
}
