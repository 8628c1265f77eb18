/** A form page promises only what config/recipients.json really does. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { routingFor } from '../../src/forms/shared/routing-text.ts';
import { policeForceIds } from '../../src/forms/shared/police-forces.ts';

const dir = mkdtempSync(join(tmpdir(), 'waypoint-routing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const withRows = (rows: object[]) => {
  const file = join(dir, `recipients-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ recipients: rows }));
  return { WAYPOINT_RECIPIENTS: file };
};
const row = (form: string, extra: object = {}) => ({ form, email: 'a@b.test', publicKeyFile: 'k.asc', ...extra });

test('no configuration: the demo, which the banner explains', () => {
  expect(routingFor('callback-request', { WAYPOINT_RECIPIENTS: join(dir, 'none.json') })).toEqual({ kind: 'demo' });
});

test('a call-back names who will call only when the row names them', () => {
  expect(routingFor('callback-request', withRows([row('callback-request', { name: 'Example Women’s Aid' })]))).toEqual({
    kind: 'named',
    name: 'Example Women’s Aid',
  });
  expect(routingFor('callback-request', withRows([row('callback-request')]))).toEqual({ kind: 'unnamed' });
});

test('"the police force you choose" only when every force has its own row', () => {
  const every = policeForceIds.map((force) => row('disclosure-request', { force }));
  expect(routingFor('disclosure-request', withRows(every))).toEqual({ kind: 'each-force' });
  expect(routingFor('disclosure-request', withRows([...every.slice(1), row('disclosure-request', { name: 'Central Disclosure Team' })]))).toEqual({
    kind: 'named',
    name: 'Central Disclosure Team',
  });
  expect(routingFor('disclosure-request', withRows([row('disclosure-request')]))).toEqual({ kind: 'unnamed' });
});
