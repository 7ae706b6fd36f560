import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { targetDimensions } from '../../shared/session-codes';
import { ageBandOf, ethnicGroups, isGroupOf, targetGroups } from '../../shared/target-groups';
import { testCore, type TestCore } from '../support/core';
import { validation } from './fixtures-placements';
import { countRows, rowsOf } from './helpers';

/** Local diversity targets: listing a year's, setting one (replacing the same), refusals, removing, roles. */

let core: TestCore;
let administrator: string;
let supervisor: string;
let auditor: string;

beforeAll(async () => {
  core = await testCore();
  administrator = await core.signInAs('CASE_ADMINISTRATOR');
  supervisor = await core.signInAs('SUPERVISOR');
  auditor = await core.signInAs('AUDITOR');
});

afterAll(() => core.close());

const target = (overrides: Partial<InputOf<'board.saveTarget'>> = {}) =>
  ({
    year: 2026,
    dimension: 'ETHNICITY',
    groupCode: 'White',
    feature: 'SKILLS_LEARNING',
    targetPercent: 60,
    ...overrides,
  }) as InputOf<'board.saveTarget'>;

describe('the groups of each dimension', () => {
  it('are the census headings, the genders, the age bands and the disability answers', () => {
    expect(ethnicGroups.map((g) => g.code)).toEqual([
      'Asian, Asian British or Asian Welsh',
      'Black, Black British, Black Welsh, Caribbean or African',
      'Mixed or Multiple ethnic groups',
      'White',
      'Other ethnic group',
      'Not stated',
    ]);
    expect(targetGroups.GENDER.map((g) => g.code)).toEqual([
      'MALE',
      'FEMALE',
      'OTHER',
      'NOT_STATED',
    ]);
    expect(targetGroups.AGE_BAND.map((g) => [g.code, g.label])).toEqual([
      ['16-17', '16–17'],
      ['18-24', '18–24'],
      ['25-34', '25–34'],
      ['35-49', '35–49'],
      ['50+', '50 and over'],
    ]);
    expect(targetGroups.DISABILITY.map((g) => g.code)).toEqual(['YES', 'NO', 'NOT_STATED']);
    // Every group fits the contract's 60 characters.
    for (const d of targetDimensions)
      for (const g of targetGroups[d.code]) expect(g.code.length).toBeLessThanOrEqual(60);
  });

  it.each([
    [16, '16-17'],
    [17, '16-17'],
    [18, '18-24'],
    [24, '18-24'],
    [25, '25-34'],
    [34, '25-34'],
    [35, '35-49'],
    [49, '35-49'],
    [50, '50+'],
    [88, '50+'],
  ])('puts an age of %i at sentence in the band %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it.each([
    ['ETHNICITY', 'White', true],
    ['ETHNICITY', 'WHITE_BRITISH', false],
    ['GENDER', 'FEMALE', true],
    ['GENDER', 'Female', false],
    ['AGE_BAND', '16-17', true],
    ['AGE_BAND', '16–17', false],
    ['DISABILITY', 'YES', true],
    ['DISABILITY', 'White', false],
  ] as const)('%s: %s is a group: %s', (dimension, code, expected) => {
    expect(isGroupOf(dimension, code)).toBe(expected);
  });
});

describe('board.saveTarget', () => {
  it('sets a target with the group in words, and an audit entry', async () => {
    const saved = await core.ok('board.saveTarget', target());
    expect(saved).toEqual({
      id: saved.id,
      year: 2026,
      dimension: 'ETHNICITY',
      groupCode: 'White',
      groupLabel: 'White',
      feature: 'SKILLS_LEARNING',
      targetPercent: 60,
    });
    const age = await core.ok(
      'board.saveTarget',
      target({ dimension: 'AGE_BAND', groupCode: '50+', feature: 'BENEFICIARY_CONTACT' }),
    );
    expect(age.groupLabel).toBe('50 and over');
    expect(
      rowsOf(
        core,
        "SELECT record_type, record_id FROM audit_log WHERE procedure = 'board.saveTarget' ORDER BY id",
      ),
    ).toEqual([
      { record_type: 'board', record_id: saved.id },
      { record_type: 'board', record_id: age.id },
    ]);
  });

  it('replaces the target of the same year, group and quality rather than adding one', async () => {
    const first = await core.ok(
      'board.saveTarget',
      target({ groupCode: 'FEMALE', dimension: 'GENDER', targetPercent: 40 }),
    );
    const again = await core.ok(
      'board.saveTarget',
      target({ groupCode: 'FEMALE', dimension: 'GENDER', targetPercent: 55 }),
    );
    expect(again).toMatchObject({ id: first.id, targetPercent: 55, groupLabel: 'Female' });
    expect(
      rowsOf(
        core,
        "SELECT year, target_percent FROM local_targets WHERE dimension = 'GENDER' AND group_code = 'FEMALE'",
      ),
    ).toEqual([{ year: 2026, target_percent: 55 }]);
    // Another quality, or another year, is another target.
    const contact = await core.ok(
      'board.saveTarget',
      target({ groupCode: 'FEMALE', dimension: 'GENDER', feature: 'BENEFICIARY_CONTACT' }),
    );
    const nextYear = await core.ok(
      'board.saveTarget',
      target({ groupCode: 'FEMALE', dimension: 'GENDER', year: 2027 }),
    );
    expect(new Set([first.id, contact.id, nextYear.id]).size).toBe(3);
  });

  it.each([
    [
      'GENDER',
      'White',
      'Group must be one of the groups of gender: Male, Female, Other, Not stated',
    ],
    [
      'ETHNICITY',
      'WHITE_BRITISH',
      'Group must be one of the groups of ethnic group: Asian, Asian British or Asian Welsh, Black, Black British, Black Welsh, Caribbean or African, Mixed or Multiple ethnic groups, White, Other ethnic group, Not stated',
    ],
    [
      'AGE_BAND',
      '16–17',
      'Group must be one of the groups of age band: 16–17, 18–24, 25–34, 35–49, 50 and over',
    ],
    ['DISABILITY', 'MAYBE', 'Group must be one of the groups of disability: Yes, No, Not stated'],
  ] as const)(
    'refuses a %s group of %s, naming the groups allowed',
    async (dimension, groupCode, message) => {
      const before = countRows(core, 'local_targets');
      expect(await core.call('board.saveTarget', target({ dimension, groupCode }))).toEqual(
        validation({ groupCode: message }),
      );
      expect(countRows(core, 'local_targets')).toBe(before);
    },
  );

  it('refuses a target outside 0 to 100, an unknown quality and a year out of range', async () => {
    const before = countRows(core, 'local_targets');
    expect(
      await core.call(
        'board.saveTarget',
        target({
          targetPercent: 101,
          feature: 'VISIBLE_REPARATION' as never,
          year: 1999,
          groupCode: ' ',
        }),
      ),
    ).toEqual(
      validation({
        year: 'Year must be a whole number from 2000 to 2100',
        groupCode: 'Group is required',
        feature:
          'Placement quality must be one of: Placement with skills learning, Placement with contact with beneficiaries',
        targetPercent: 'Target must be a whole number from 0 to 100',
      }),
    );
    expect(countRows(core, 'local_targets')).toBe(before);
  });
});

describe('board.targets and board.removeTarget', () => {
  it('lists the targets of one year in the order of the lists, and removes one', async () => {
    const year = 2030;
    const save = (overrides: Partial<InputOf<'board.saveTarget'>>) =>
      core.ok('board.saveTarget', target({ year, ...overrides }));
    const disability = await save({ dimension: 'DISABILITY', groupCode: 'YES', targetPercent: 30 });
    await save({ dimension: 'GENDER', groupCode: 'MALE', feature: 'BENEFICIARY_CONTACT' });
    await save({ dimension: 'GENDER', groupCode: 'MALE' });
    await save({ dimension: 'ETHNICITY', groupCode: 'Mixed or Multiple ethnic groups' });
    await save({ dimension: 'ETHNICITY', groupCode: 'Asian, Asian British or Asian Welsh' });
    await core.ok(
      'board.saveTarget',
      target({ year: 2031, dimension: 'GENDER', groupCode: 'OTHER' }),
    );
    const listed = await core.ok('board.targets', { year });
    expect(listed.map((t) => [t.dimension, t.groupLabel, t.feature])).toEqual([
      ['ETHNICITY', 'Asian, Asian British or Asian Welsh', 'SKILLS_LEARNING'],
      ['ETHNICITY', 'Mixed or Multiple ethnic groups', 'SKILLS_LEARNING'],
      ['GENDER', 'Male', 'SKILLS_LEARNING'],
      ['GENDER', 'Male', 'BENEFICIARY_CONTACT'],
      ['DISABILITY', 'Yes', 'SKILLS_LEARNING'],
    ]);

    expect(await core.ok('board.removeTarget', { id: disability.id })).toEqual({});
    expect((await core.ok('board.targets', { year })).map((t) => t.groupCode)).not.toContain('YES');
    expect(rowsOf(core, 'SELECT id FROM local_targets WHERE id = ?', disability.id)).toEqual([]);
    expect(await core.call('board.removeTarget', { id: disability.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'The target was not found. It may have been removed.' },
    });
    expect(await core.ok('board.targets', { year: 2099 })).toEqual([]);
  });
});

describe('who may set targets', () => {
  it('lets every role read them and only managers set or remove them', async () => {
    const saved = await core.ok('board.saveTarget', target({ year: 2040 }));
    for (const token of [administrator, supervisor, auditor]) {
      expect(await core.call('board.targets', { year: 2040 }, token)).toMatchObject({
        ok: true,
        value: [{ id: saved.id }],
      });
      const before = countRows(core, 'local_targets');
      expect(await core.call('board.saveTarget', target({ year: 2041 }), token)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(await core.call('board.removeTarget', { id: saved.id }, token)).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'Your role does not allow this: remove a local diversity target.',
        },
      });
      expect(countRows(core, 'local_targets')).toBe(before);
    }
  });
});
