/**
 * Measures what one engine step costs on the standard one-stop flow, cold (recover from the saved
 * JSON every time, as a fresh worker would) and hot (the dossier's live engine from the cache).
 * Run: `npx tsx engine/perf/step-cost.ts [iterations]`. Numbers are CPU milliseconds of this process
 * per step (process.cpuUsage, so a busy machine inflates them less than wall time); DESIGN
 * decision 3 gives the budget (naive recover → signal → getState: 4-7 ms).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { completeTask, HotEngineCache, start, validateBpmn, type ProcessDefinition, type StepResult } from '../index';
import { measureNaive } from './naive-step';

const iterations = Number(process.argv[2] ?? 300);
const now = new Date('2026-03-02T09:00:00+07:00');
/** The approve/return loop: specialist submits, head approves, leader returns, and again. */
const LOOP: [string, string][] = [
  ['examine', 'submit'],
  ['head_review', 'approve'],
  ['leader_approve', 'return'],
];

async function main(): Promise<void> {
  const xml = readFileSync(join(__dirname, '..', '..', 'processes', 'construction-permit', 'process.bpmn'), 'utf8');
  let t = cpuMs();
  const validation = await validateBpmn(xml);
  if (!validation.ok) throw new Error(JSON.stringify(validation.findings));
  const compileMs = cpuMs() - t;
  const definition = validation.definition;

  // Warm up the JIT on every path before measuring.
  await measure(definition, 50, undefined);
  await measure(definition, 50, new HotEngineCache());

  t = cpuMs();
  for (let i = 0; i < iterations; i += 1) await start(definition, { now, variables: { procedureCode: '1.000001', form: { name: 'Nguyễn Văn A' } } });
  const startMs = (cpuMs() - t) / iterations;

  const cold = await measure(definition, iterations, undefined);
  const hot = await measure(definition, iterations, new HotEngineCache());
  await measureNaive(definition, xml, LOOP, 30, cpuMs);
  const naive = await measureNaive(definition, xml, LOOP, iterations, cpuMs);
  const report = {
    compile_ms: round(compileMs),
    start_ms: round(startMs),
    complete_task_cold_ms: round(cold.ms),
    complete_task_hot_ms: round(hot.ms),
    state_bytes: cold.stateBytes,
    naive_start_ms: round(naive.startMs),
    naive_step_ms: round(naive.stepMs),
    naive_state_bytes: naive.stateBytes,
    heap_mb: round(process.memoryUsage().heapUsed / 1e6),
  };
  for (const [name, value] of Object.entries(report)) console.log(`${name}: ${value}`);
}

/** Runs `count` completeTask steps round the loop; each step reads the previous state back from JSON. */
async function measure(definition: ProcessDefinition, count: number, cache: HotEngineCache | undefined) {
  let step: StepResult = await start(definition, { now, variables: { procedureCode: '1.000001', form: { name: 'Nguyễn Văn A' } } });
  const hot = cache ? { cache, key: 'dossier' } : undefined;
  let json = JSON.stringify(step.state);
  step = await completeTask(definition, JSON.parse(json), { taskInstanceId: step.state.openTasks[0].instanceId, action: 'assign', now, hot });
  json = JSON.stringify(step.state);
  let elapsed = 0;
  for (let i = 0; i < count; i += 1) {
    const [element, action] = LOOP[i % LOOP.length];
    const task = step.state.openTasks.find((open) => open.elementId === element);
    if (!task) throw new Error(`expected ${element} to be open`);
    const t = cpuMs();
    step = await completeTask(definition, JSON.parse(json), { taskInstanceId: task.instanceId, action, now, hot });
    json = JSON.stringify(step.state);
    elapsed += cpuMs() - t;
  }
  return { ms: elapsed / count, stateBytes: Buffer.byteLength(json) };
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
