import { join } from 'node:path';
import { at, complete, loadDefinition, opened, stored } from '../fixtures/kit';
import type { ProcessDefinition } from '../model/definition';
import { deliverMessage, start } from './steps';

/**
 * Waiting for the outside world: another agency's written answer (message catch event), a payment
 * confirmation (receive task), and an inter-agency procedure (call activity, liên thông).
 */
let definition: ProcessDefinition;
beforeAll(async () => {
  definition = await loadDefinition(join(__dirname, 'message-wait.bpmn'));
});

async function requested() {
  const started = await start(definition, { now: at('08:00') });
  return complete(definition, started, 'request_opinion', 'submit');
}

describe('message waits', () => {
  it('lists what the process waits for, and resumes each by message name or element id', async () => {
    // given the opinion request was sent
    const sent = await requested();
    // then no task is open, and two answers are awaited
    expect(sent.state.openTasks).toEqual([]);
    expect(sent.waiting.map((wait) => [wait.elementId, wait.kind, wait.messageName])).toEqual(
      expect.arrayContaining([
        ['wait_answer', 'message', 'agency_answer'],
        ['receive_payment', 'receive', 'payment_confirmed'],
      ]),
    );

    // when the agency answers
    const answered = await deliverMessage(definition, stored(sent), { messageName: 'agency_answer', data: { answer: 'Đồng ý' }, now: at('09:00') });
    expect(answered.waiting.map((wait) => wait.elementId)).toEqual(['receive_payment']);
    expect(answered.variables.answer).toBe('Đồng ý');

    // and the payment is confirmed, the inter-agency step waits for the tax office's procedure
    const paid = await deliverMessage(definition, stored(answered), { elementId: 'receive_payment', now: at('10:00') });
    expect(paid.waiting).toEqual([expect.objectContaining({ elementId: 'inter_agency', kind: 'call', calledElement: 'tax-assessment' })]);

    // and when the caller reports the called procedure's result, the dossier moves on
    const assessed = await deliverMessage(definition, stored(paid), { elementId: 'inter_agency', data: { taxAmount: 1200000 }, now: at('11:00') });
    expect(opened(assessed)).toEqual(['review']);
    expect(assessed.waiting).toEqual([]);
    expect(assessed.variables).toMatchObject({ answer: 'Đồng ý', taxAmount: 1200000 });
  });

  it('refuses a message nobody waits for', async () => {
    const sent = await requested();
    await expect(deliverMessage(definition, stored(sent), { messageName: 'unknown', now: at('09:00') })).rejects.toMatchObject({
      code: 'NO_WAITING_RECEIVER',
      status: 409,
    });
    await expect(deliverMessage(definition, stored(sent), { elementId: 'inter_agency', now: at('09:00') })).rejects.toMatchObject({
      code: 'NO_WAITING_RECEIVER',
    });
  });
});
