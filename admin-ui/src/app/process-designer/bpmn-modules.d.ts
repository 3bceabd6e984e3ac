// The bpmn-io packages below ship no type declarations; the designer uses them through narrow,
// locally typed wrappers (modeler-factory.ts, platform-extension/).
declare module 'bpmn-js-properties-panel';
declare module '@bpmn-io/properties-panel';
declare module '@bpmn-io/properties-panel/preact';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'camunda-bpmn-moddle/resources/camunda.json';
