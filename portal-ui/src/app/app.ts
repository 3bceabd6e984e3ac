import { ChangeDetectionStrategy, Component } from '@angular/core';
import { PortalLayout } from './shell/portal-layout';

/** The root: the portal's frame around every page. */
@Component({
  selector: 'app-root',
  imports: [PortalLayout],
  template: '<app-portal-layout />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
