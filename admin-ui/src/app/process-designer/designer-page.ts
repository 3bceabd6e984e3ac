import { Component } from '@angular/core';
@Component({ selector: 'app-designer-page', template: 'stub' })
export class DesignerPage {}
