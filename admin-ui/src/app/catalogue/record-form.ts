import { FormArray, FormControl, FormGroup, Validators, type AbstractControl } from '@angular/forms';
import type { FieldProblem } from '../api/api-error';
import type {
  Channel, DossierComponent, DurationUnit, Fee, ProcedureFields, ProcedureMethod, ProcedureVersion, ServiceLevel,
} from './catalogue-api';

/**
 * The reactive form of a procedure record (A3) and its conversion to and from the API's JSON.
 * Limits mirror the route schema (api/catalogue/schemas.ts) so most mistakes show before saving.
 */

const CODE = /^[A-Za-z0-9._-]+$/;
const text = (value: string, max: number, required = false) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(max), ...(required ? [Validators.required] : [])] });
const count = (value: number) => new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.min(0), Validators.max(100)] });

export function componentGroup(c?: DossierComponent) {
  return new FormGroup({
    code: new FormControl(c?.code ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(50), Validators.pattern(CODE)] }),
    name: text(c?.name ?? '', 1000, true),
    originals: count(c?.originals ?? 1),
    copies: count(c?.copies ?? 0),
    formTemplate: text(c?.formTemplate ?? '', 300),
    required: new FormControl(c?.required ?? true, { nonNullable: true }),
  });
}

export function feeGroup(f?: Fee) {
  return new FormGroup({
    name: text(f?.name ?? '', 500, true),
    amount: new FormControl<number | null>(f?.amount ?? null, { validators: [Validators.required, Validators.min(0), Validators.max(1e12)] }),
    note: text(f?.note ?? '', 1000),
  });
}

export function methodGroup(m?: ProcedureMethod) {
  return new FormGroup({
    channel: new FormControl<Channel>(m?.channel ?? 'counter', { nonNullable: true }),
    description: text(m?.description ?? '', 4000),
    timeValue: new FormControl<number | null>(m?.processingTime?.value ?? null, { validators: [Validators.min(0), Validators.max(3650)] }),
    timeUnit: new FormControl<DurationUnit>(m?.processingTime?.unit ?? 'working_days', { nonNullable: true }),
  });
}

export type ComponentGroup = ReturnType<typeof componentGroup>;
export type FeeGroup = ReturnType<typeof feeGroup>;
export type MethodGroup = ReturnType<typeof methodGroup>;

export function recordForm(v: ProcedureVersion) {
  return new FormGroup({
    name: text(v.name, 500, true),
    sectorCode: new FormControl(v.sectorCode, { nonNullable: true, validators: [Validators.required] }),
    agencyCodes: new FormControl<string[]>(v.agencyCodes, { nonNullable: true }),
    steps: text(v.steps, 20000),
    methods: new FormArray<MethodGroup>(v.methods.map(methodGroup)),
    components: new FormArray<ComponentGroup>(v.components.map(componentGroup)),
    processingTime: new FormGroup({
      value: new FormControl<number | null>(v.processingTime.value, { validators: [Validators.required, Validators.min(0), Validators.max(3650)] }),
      unit: new FormControl<DurationUnit>(v.processingTime.unit, { nonNullable: true }),
    }),
    applicants: text(v.applicants, 4000),
    result: text(v.result, 4000),
    fees: new FormArray<FeeGroup>(v.fees.map(feeGroup)),
    conditions: text(v.conditions, 20000),
    legalBasis: text(v.legalBasis, 20000),
    serviceLevel: new FormControl<ServiceLevel>(v.serviceLevel, { nonNullable: true }),
    postalAllowed: new FormControl(v.postalAllowed, { nonNullable: true }),
    immediateResult: new FormControl(v.immediateResult, { nonNullable: true }),
    crossBoundary: new FormControl(v.crossBoundary, { nonNullable: true }),
    processKey: new FormControl(v.processKey ?? '', { nonNullable: true }),
    processVersion: new FormControl(v.processVersion ? String(v.processVersion) : '', { nonNullable: true }),
    decisionNumber: text(v.decision?.number ?? '', 100),
    decisionDate: new FormControl(v.decision?.date ?? '', { nonNullable: true }),
  });
}

export type RecordForm = ReturnType<typeof recordForm>;

/** The form's value as the PATCH body: the e-form is left alone (the form designer owns it). */
export function recordChanges(form: RecordForm): Partial<ProcedureFields> {
  const v = form.getRawValue();
  const decision = v.decisionNumber.trim() && v.decisionDate ? { number: v.decisionNumber.trim(), date: v.decisionDate } : null;
  return {
    name: v.name.trim(),
    sectorCode: v.sectorCode,
    agencyCodes: v.agencyCodes,
    steps: v.steps,
    methods: v.methods.map((m) => ({
      channel: m.channel,
      ...(m.description.trim() ? { description: m.description.trim() } : {}),
      ...(m.timeValue !== null && String(m.timeValue) !== '' ? { processingTime: { value: Number(m.timeValue), unit: m.timeUnit } } : {}),
    })),
    components: v.components.map((c) => ({
      code: c.code.trim(), name: c.name.trim(), originals: Number(c.originals), copies: Number(c.copies),
      formTemplate: c.formTemplate.trim() || null, required: c.required,
    })),
    processingTime: { value: Number(v.processingTime.value), unit: v.processingTime.unit },
    applicants: v.applicants,
    result: v.result,
    fees: v.fees.map((f) => ({ name: f.name.trim(), amount: Number(f.amount), ...(f.note.trim() ? { note: f.note.trim() } : {}) })),
    conditions: v.conditions,
    legalBasis: v.legalBasis,
    serviceLevel: v.serviceLevel,
    postalAllowed: v.postalAllowed,
    immediateResult: v.immediateResult,
    crossBoundary: v.crossBoundary,
    processKey: v.processKey || null,
    processVersion: v.processKey && v.processVersion ? Number(v.processVersion) : null,
    decision,
  };
}

/** Pointers the form names differently from the API. */
const RENAMED: Record<string, string[]> = {
  '/decision/number': ['decisionNumber'],
  '/decision/date': ['decisionDate'],
  '/decision': ['decisionNumber'],
};

/**
 * Puts each server detail on the control its JSON pointer names (`/components/2/code`), or on the
 * nearest control above it; returns the details that name no control, for the form's summary.
 */
export function placeServerDetails(form: RecordForm, details: readonly FieldProblem[]): FieldProblem[] {
  const unplaced: FieldProblem[] = [];
  for (const detail of details) {
    let segments = RENAMED[detail.path] ?? detail.path.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    // A method's processing time lives in two controls; the value carries the message.
    if (segments[0] === 'methods' && segments[2] === 'processingTime') segments = ['methods', segments[1], 'timeValue'];
    let control: AbstractControl | null = null;
    while (segments.length && !(control = form.get(segments))) segments = segments.slice(0, -1);
    if (!control || control === form || control instanceof FormArray) {
      unplaced.push(detail);
      continue;
    }
    const target = control instanceof FormGroup ? (Object.values(control.controls)[0] ?? control) : control;
    target.setErrors({ ...(target.errors ?? {}), server: detail.message });
    target.markAsTouched();
  }
  return unplaced;
}
