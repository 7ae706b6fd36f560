import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposeAllocation } from '../../electron/core/allocation/assign';
import {
  allowedIgnoringCapacity,
  fitOf,
  fitScore,
  rankPlacements,
  refusalsFor,
} from '../../electron/core/allocation/rules';
import type { PlacementOffer } from '../../electron/core/allocation/types';
import { genders } from '../../shared/codes';
import {
  placementSuits,
  placementTypes,
  qualityFeatures,
  riskFlags,
  riskLevels,
  skills,
  slots,
} from '../../shared/placement-codes';
import { induction, person, placement, today, type Induction } from './allocation-fixtures';

describe('refusalsFor', () => {
  const anyPlacement = fc.record({
    id: fc.nat(),
    name: fc.string(),
    type: fc.constantFrom(...placementTypes.map((t) => t.code)),
    area: fc.string(),
    sessions: fc.subarray(slots),
    capacity: fc.integer({ min: 0, max: 30 }),
    allocated: fc.integer({ min: 0, max: 30 }),
    maxRiskLevel: fc.constantFrom(...riskLevels.map((l) => l.code)),
    excludedFlags: fc.subarray(riskFlags.map((f) => f.code)),
    suits: fc.subarray(placementSuits.map((s) => s.code)),
    features: fc.subarray(qualityFeatures.map((f) => f.code)),
    skills: fc.subarray(skills.map((s) => s.code)),
    transportProvided: fc.boolean(),
    healthAndSafetyReviewDue: fc.constantFrom('2000-01-01', today, '2099-12-31'),
  });

  it('refuses anyone without an assessment, whatever the placement, the person or the batch', () => {
    fc.assert(
      fc.property(
        fc.array(anyPlacement, { maxLength: 6 }),
        fc.integer({ min: 16, max: 80 }),
        fc.constantFrom(...genders.map((g) => g.code)),
        fc.boolean(),
        (offers, age, gender, inducted) => {
          const c = person({
            age,
            gender,
            assessment: null,
            induction: inducted ? induction() : null,
          });
          for (const p of offers) {
            expect(refusalsFor(c, p, today)[0]?.code).toBe('NO_ASSESSMENT');
            expect(allowedIgnoringCapacity(c, p, today)).toBe(false);
          }
          expect(rankPlacements(c, offers, today).allowed).toEqual([]);
          const proposal = proposeAllocation([c, person({ orderId: 2 })], offers, today);
          expect(proposal.assignments.some((a) => a.orderId === c.orderId)).toBe(false);
          expect(proposal.unassigned).toContainEqual({
            orderId: 1,
            reason:
              'No placement allows this person: Has not had a risk of harm assessment: nobody is allocated without one',
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fitOf', () => {
  const rows: [string, Partial<Induction>, Partial<PlacementOffer>, number, string[]][] = [
    ['one shared session time only', {}, {}, 2, ['Available for 1 of its session times']],
    [
      'skills, three counted at most',
      { skills: ['GARDENING', 'CATERING', 'CLEANING', 'RETAIL', 'GARDENING'] },
      { skills: ['RETAIL', 'CATERING', 'CLEANING', 'GARDENING'], sessions: [] },
      30,
      ['Skills: Gardening and grounds, Catering, Cleaning, Retail and charity shops'],
    ],
    [
      'employability need met by an employability placement with a link to work',
      { employabilityNeed: true },
      { type: 'EMPLOYABILITY', features: ['EMPLOYABILITY_LINK'], sessions: [] },
      25,
      ['Employability need: employability placement, Link to employment'],
    ],
    [
      'employability need met by Guided Skills Learning',
      { employabilityNeed: true },
      { features: ['GUIDED_SKILLS_LEARNING'], sessions: [] },
      25,
      ['Employability need: Guided Skills Learning (accredited)'],
    ],
    [
      'employability need, skills learning only',
      { employabilityNeed: true },
      { features: ['SKILLS_LEARNING'], sessions: [] },
      10,
      ['Employability need: Skills learning'],
    ],
    ['no employability need', {}, { features: ['EMPLOYABILITY_LINK'], sessions: [] }, 0, []],
    [
      'prefers individual, gets one',
      { preference: 'INDIVIDUAL' },
      { type: 'INDIVIDUAL', sessions: [] },
      15,
      ['Prefers an individual placement'],
    ],
    [
      'prefers a mixed group, gets one',
      { preference: 'MIXED_GROUP' },
      { sessions: [] },
      15,
      ['Prefers a mixed group'],
    ],
    [
      'prefers a mixed group, gets women-only',
      { preference: 'MIXED_GROUP' },
      { suits: ['WOMEN_ONLY'], sessions: [] },
      0,
      [],
    ],
    [
      'prefers women-only, gets it',
      { preference: 'WOMEN_ONLY_GROUP' },
      { suits: ['WOMEN_ONLY'], sessions: [] },
      20,
      ['Prefers a women-only group'],
    ],
    [
      'same area, whatever the transport',
      { homeArea: ' northVALE', transport: 'OWN' },
      { sessions: [] },
      15,
      ['Same area (Northvale)'],
    ],
    ['own transport elsewhere', { transport: 'OWN' }, { sessions: [] }, 8, ['Own transport']],
    [
      'needs picking up, transport provided',
      { transport: 'NEEDS_PICKUP' },
      { transportProvided: true, sessions: [] },
      10,
      ['Transport provided'],
    ],
    ['needs picking up, no transport', { transport: 'NEEDS_PICKUP' }, { sessions: [] }, 0, []],
    [
      'contact with beneficiaries',
      {},
      { features: ['BENEFICIARY_CONTACT'], sessions: [] },
      5,
      ['Contact with beneficiaries'],
    ],
    [
      'shared session times, five counted at most',
      { availability: slots.slice(0, 9) },
      { sessions: slots.slice(0, 7) },
      10,
      ['Available for 7 of its session times'],
    ],
    [
      'everything at once: the maximum, 105',
      {
        skills: ['GARDENING', 'CATERING', 'CARE'],
        employabilityNeed: true,
        preference: 'WOMEN_ONLY_GROUP',
        homeArea: 'Northvale',
        availability: slots.slice(0, 5),
      },
      {
        skills: ['GARDENING', 'CATERING', 'CARE'],
        features: ['EMPLOYABILITY_LINK', 'BENEFICIARY_CONTACT'],
        suits: ['WOMEN_ONLY'],
        sessions: slots.slice(0, 5),
      },
      105,
      [
        'Skills: Gardening and grounds, Catering, Care and community support',
        'Employability need: Link to employment',
        'Prefers a women-only group',
        'Same area (Northvale)',
        'Contact with beneficiaries',
        'Available for 5 of its session times',
      ],
    ],
  ];

  it.each(rows)('%s', (_name, i, p, score, reasons) => {
    const c = person({ induction: induction(i) });
    expect(fitOf(c, placement(p))).toEqual({ score, reasons });
    expect(fitScore(c, placement(p))).toBe(score);
  });

  it('is nothing without an induction', () => {
    expect(fitOf(person({ induction: null }), placement())).toEqual({ score: 0, reasons: [] });
  });
});

describe('rankPlacements', () => {
  it('ranks the allowed by fit, then name, and lists every refused one with its reasons', () => {
    const c = person({ induction: induction({ skills: ['GARDENING'], transport: 'OWN' }) });
    const offers = [
      placement({ id: 1, name: 'Canal Path', sessions: ['SUN_MORNING'] }),
      placement({ id: 2, name: 'Allotments', skills: ['GARDENING'] }),
      placement({ id: 3, name: 'Full House', allocated: 8 }),
      placement({ id: 4, name: 'Bramble Lane', sessions: ['SAT_MORNING'] }),
      placement({ id: 5, name: 'Old Depot', healthAndSafetyReviewDue: '2026-01-01' }),
    ];
    const ranking = rankPlacements(c, offers, today);
    expect(ranking.allowed.map((a) => [a.placement.name, a.fit.score])).toEqual([
      ['Allotments', 20],
      ['Bramble Lane', 10],
      ['Canal Path', 10],
    ]);
    expect(ranking.refused.map((r) => [r.placement.name, r.refusals.map((x) => x.code)])).toEqual([
      ['Full House', ['FULL']],
      ['Old Depot', ['HEALTH_AND_SAFETY_OUT_OF_DATE']],
    ]);
  });
});
