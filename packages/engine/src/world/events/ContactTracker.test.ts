import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ContactTracker, HARD_CLOSING_SPEED, IMPACT_WINDOW_STEPS, MIN_CLOSING_SPEED, SEPARATION_STEPS } from './ContactTracker.ts';

describe('ContactTracker', () => {
  const key = ContactTracker.pairKey(3, -1);

  it('ignores resting contact (no closing speed)', () => {
    const t = new ContactTracker();
    for (let step = 0; step < 100; step++) assert.equal(t.observe(key, step, 0.05, 0.04), undefined);
  });

  it('starts a contact at an impact and adds the next sub-steps of the same impact to it', () => {
    const t = new ContactTracker();
    const first = t.observe(key, 10, 2, 3);
    assert.ok(first?.started);
    const more = t.observe(key, 11, 0.5, 0.1);
    assert.equal(more?.started, false);
    assert.equal(more?.contact, first.contact);
    assert.equal(first.contact.impulse, 2.5);
    assert.equal(first.contact.normalSpeed, 3);
    // Resting afterwards: outside the window nothing is added or started.
    assert.equal(t.observe(key, 10 + IMPACT_WINDOW_STEPS + 1, 0.05, 0.01), undefined);
  });

  it('needs the pair to have been apart before a gentle contact counts again', () => {
    const t = new ContactTracker();
    assert.ok(t.observe(key, 0, 1, 1)?.started);
    const soon = IMPACT_WINDOW_STEPS + 2;
    assert.ok(soon <= SEPARATION_STEPS);
    // Still touching on and off: a gentle knock does not restart it…
    assert.equal(t.observe(key, soon, 0.1, MIN_CLOSING_SPEED + 0.1), undefined);
    // …a hard one does.
    assert.ok(t.observe(key, soon + 8, 1, HARD_CLOSING_SPEED + 0.1)?.started);
    // After a separation, a gentle one counts.
    assert.ok(t.observe(key, soon + 8 + SEPARATION_STEPS + 1, 0.1, MIN_CLOSING_SPEED + 0.05)?.started);
  });

  it('keeps pairs apart and orderless', () => {
    assert.equal(ContactTracker.pairKey(2, 5), ContactTracker.pairKey(5, 2));
    assert.notEqual(ContactTracker.pairKey(2, 5), ContactTracker.pairKey(2, 6));
    assert.notEqual(ContactTracker.pairKey(-1, 0), ContactTracker.pairKey(0, 1));
    const t = new ContactTracker();
    assert.ok(t.observe(ContactTracker.pairKey(0, 1), 0, 1, 1)?.started);
    assert.ok(t.observe(ContactTracker.pairKey(0, 2), 1, 1, 1)?.started);
  });
});
