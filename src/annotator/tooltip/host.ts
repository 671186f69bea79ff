/**
 * The tooltip's place in the page: one `<standpoint-tooltip>` on <html>, with a shadow root holding
 * its styles and the Preact tree, positioned next to a mark with @floating-ui/dom (flip, shift,
 * inline for mentions that wrap across lines) and kept there while the page scrolls.
 *
 * Accessibility: the host carries the role (tooltip, or dialog when pinned) and an id the mark
 * points to with aria-describedby; the description is computed through the shadow tree.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import type { Settings } from '../../settings/types.ts';
import { TOOLTIP_ID, TOOLTIP_TAG } from './api.ts';
import { MAX_HEIGHT_VAR, TOOLTIP_CSS } from './styles.ts';
import { Tooltip, type TooltipProps } from './Tooltip.tsx';

export { TOOLTIP_ID, TOOLTIP_TAG };

/** Below this the tooltip would be a useless sliver; it then overflows rather than shrinks. */
const MIN_HEIGHT_PX = 120;
const EDGE_PX = 8;

export interface TooltipHost {
  readonly element: HTMLElement;
  /** Shows (or re-renders) the tooltip for `mark`. */
  show(mark: HTMLElement, props: TooltipProps): void;
  hide(): void;
  isOpen(): boolean;
  /** The mark it is open for. */
  anchor(): HTMLElement | null;
  setTheme(theme: Settings['theme']): void;
  destroy(): void;
}

/** Creates the (hidden) tooltip host in `doc`. */
export function createTooltipHost(doc: Document, theme: Settings['theme']): TooltipHost {
  const host = doc.createElement(TOOLTIP_TAG);
  host.id = TOOLTIP_ID;
  host.hidden = true;
  host.setAttribute('data-theme', theme);
  // Open so tests and assistive tech can read it; it holds nothing the page should not see.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = TOOLTIP_CSS;
  shadow.appendChild(style);
  const mount = doc.createElement('div');
  shadow.appendChild(mount);
  doc.documentElement.appendChild(host);

  let anchor: HTMLElement | null = null;
  let stopAutoUpdate: (() => void) | null = null;

  function place(mark: HTMLElement): void {
    // Measure the tooltip at its natural height, so flip compares the room on each side with what the
    // content needs, not with the cap of the previous placement (all before the next paint).
    mount.style.removeProperty(MAX_HEIGHT_VAR);
    computePosition(mark, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip({ padding: EDGE_PX }),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply({ availableHeight }) {
            const px = Math.max(MIN_HEIGHT_PX, Math.floor(availableHeight));
            mount.style.setProperty(MAX_HEIGHT_VAR, `${px}px`);
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        host.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      })
      .catch(() => undefined);
  }

  return {
    element: host,
    show(mark, props) {
      render(h(Tooltip, props), mount);
      host.setAttribute('role', props.pinned ? 'dialog' : 'tooltip');
      if (props.pinned) host.setAttribute('aria-label', props.mention);
      else host.removeAttribute('aria-label');
      host.hidden = false;
      if (anchor !== mark) {
        anchor?.removeAttribute('aria-describedby');
        anchor = mark;
        mark.setAttribute('aria-describedby', TOOLTIP_ID);
        stopAutoUpdate?.();
        stopAutoUpdate = autoUpdate(mark, host, () => place(mark));
      } else place(mark);
    },
    hide() {
      stopAutoUpdate?.();
      stopAutoUpdate = null;
      anchor?.removeAttribute('aria-describedby');
      anchor = null;
      host.hidden = true;
      render(null, mount);
    },
    isOpen: () => !host.hidden,
    anchor: () => anchor,
    setTheme(next) {
      host.setAttribute('data-theme', next);
    },
    destroy() {
      this.hide();
      host.remove();
    },
  };
}
