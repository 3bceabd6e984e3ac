/**
 * Links a stylesheet bundle that angular.json builds without injecting it (bpmn-js's styles),
 * once, when the screen that needs it opens: the initial bundle stays free of it.
 */
export function loadStylesheet(href: string): void {
  if (document.head.querySelector(`link[data-bundle="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset['bundle'] = href;
  document.head.appendChild(link);
}
