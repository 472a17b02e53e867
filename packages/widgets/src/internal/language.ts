/**
 * Re-renders elements when a `lang` attribute changes anywhere in the page (a page that
 * switches between English and Welsh), so an element never mixes the two. One observer for
 * every element of the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

export class LanguageController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1)
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
