import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import type { FeelChecker } from './platform-extension/feel-check-entry';
import { PLATFORM_MODDLE_EXTENSIONS } from './platform-extension/platform-moddle';
import { PlatformPropertiesModule } from './platform-extension/platform-properties';
import { VietnameseTranslateModule } from './vietnamese-translate';

/**
 * The bpmn-js modeler as the designer uses it: the standard properties panel with the Camunda
 * attributes (camunda:candidateGroups names a task's role, DESIGN.md decision 5), the platform's
 * own attributes, the server's FEEL check of flow conditions, and Vietnamese labels.
 */
export function createModeler(canvas: HTMLElement, propertiesPanel: HTMLElement, feelChecker: FeelChecker): BpmnModeler {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      PlatformPropertiesModule,
      VietnameseTranslateModule,
      { feelChecker: ['value', feelChecker] },
    ],
    moddleExtensions: { camunda: camundaModdle, ...PLATFORM_MODDLE_EXTENSIONS },
  });
}

/** The id of the diagram's first executable process: the default deployment key. */
export function processIdOf(modeler: BpmnModeler): string {
  const definitions = modeler.getDefinitions() as { rootElements?: { $type: string; id: string }[] } | undefined;
  return definitions?.rootElements?.find((e) => e.$type === 'bpmn:Process')?.id ?? '';
}
