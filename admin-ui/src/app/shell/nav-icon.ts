import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** Simple line icons (24×24, stroke) for the menu; decorative, hidden from assistive technology. */
const PATHS: Record<string, string> = {
  receive: 'M4 4h16v6H4zM4 14h7v6H4zM15 14l3 3 3-3M18 11v6',
  inbox: 'M3 13l3-8h12l3 8v6H3zM3 13h5l1 3h6l1-3h5',
  list: 'M8 6h13M8 12h13M8 18h13M3 6h1M3 12h1M3 18h1',
  building: 'M4 21V5l8-3 8 3v16M9 21v-5h6v5M8 9h2M14 9h2M8 13h2M14 13h2',
  tag: 'M3 12V3h9l9 9-9 9zM7.5 7.5h.01',
  layers: 'M12 3l9 5-9 5-9-5zM3 13l9 5 9-5',
  calendar: 'M4 5h16v16H4zM4 10h16M8 3v4M16 3v4',
  users: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21v-2a5 5 0 0 1 5-5h4a5 5 0 0 1 5 5v2M17 3.5a4 4 0 0 1 0 7.5M22 21v-2a5 5 0 0 0-3-4.6',
  flow: 'M3 5h6v4H3zM15 15h6v4h-6zM6 9v4h12v2M15 7h3',
  message: 'M4 4h16v12H8l-4 4zM8 8h8M8 12h5',
  survey: 'M4 20V10M10 20V4M16 20v-8M22 20H2',
  form: 'M5 3h14v18H5zM8 7h8M8 11h8M8 15h5',
  alarm: 'M12 21a8 8 0 1 0 0-16 8 8 0 0 0 0 16zM12 9v4l2 2M5 3L2 6M19 3l3 3',
};

@Component({
  selector: 'app-nav-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path [attr.d]="path()" /></svg>`,
  host: { class: 'nav-icon' },
  styles: `
    :host { display: inline-flex; flex: none; }
    svg { fill: none; stroke: currentColor; stroke-width: 1.75; stroke-linecap: round; stroke-linejoin: round; }
  `,
})
export class NavIcon {
  readonly name = input.required<string>();
  protected readonly path = computed(() => PATHS[this.name()] ?? '');
}
