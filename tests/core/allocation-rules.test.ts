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
import type {
  Candidate,
  PlacementOffer,
  Refusal,
  RefusalCode,
} from '../../electron/core/allocation/types';
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

const today = '2026-11-26';

type Assessment = NonNullable<Candidate['assessment']>;
type Induction = NonNullable<Candidate['induction']>;

const assessment = (a: Partial<Assessment> = {}): Assessment => ({
  level: 'LOW',
  flags: [],
  restrictions: [],
  exclusionArea: null,
  ...a,
});
const induction = (i: Partial<Induction> = {}): Induction => ({
  availability: ['SAT_MORNING', 'SUN_MORNING'],
  wheelchairUser: false,
  transport: 'PUBLIC',
  homeArea: 'Southend',
  skills: [],
  employabilityNeed: false,
  preference: 'NONE',
  ...i,
});
const person = (c: Partial<Candidate> = {}): Candidate => ({
  orderId: 1,
  name: 'Sam Example',
  age: 30,
  gender: 'MALE',
  assessment: assessment(),
  induction: induction(),
  ...c,
});
const placement = (p: Partial<PlacementOffer> = {}): PlacementOffer => ({
  id: 1,
  name: 'Riverside Garden',
  type: 'GROUP',
  area: 'Northvale',
  sessions: ['SAT_MORNING'],
  capacity: 8,
  allocated: 3,
  maxRiskLevel: 'MEDIUM',
  excludedFlags: [],
  suits: [],
  features: [],
  skills: [],
  transportProvided: false,
  healthAndSafetyReviewDue: '2027-03-31',
  ...p,
});

const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

describe('refusalsFor', () => {
  const rows: [string, Partial<Candidate>, Partial<PlacementOffer>, Refusal[]][] = [
    ['an adult at low risk, a group placement with room', {}, {}, []],
    [
      'no risk of harm assessment',
      { assessment: null },
      {},
      [
        refuse(
          'NO_ASSESSMENT',
          'Has not had a risk of harm assessment: nobody is allocated without one',
        ),
      ],
    ],
    [
      'no induction',
      { induction: null },
      {},
      [refuse('NO_INDUCTION', 'No induction: availability and needs are not known')],
    ],
    [
      'an induction and PPWS placement',
      {},
      { type: 'INDUCTION_PPWS' },
      [
        refuse(
          'NOT_FOR_ALLOCATION',
          'Induction and Pre Placement Work Session: booked as a session, not allocated',
        ),
      ],
    ],
    [
      'High risk against a Medium limit',
      { assessment: assessment({ level: 'HIGH' }) },
      {},
      [refuse('RISK_LEVEL', "Risk level High is above this placement's limit of Medium")],
    ],
    ['Medium risk against a Medium limit', { assessment: assessment({ level: 'MEDIUM' }) }, {}, []],
    [
      'High risk against an individual placement limited to Low',
      { assessment: assessment({ level: 'HIGH' }) },
      { type: 'INDIVIDUAL', maxRiskLevel: 'LOW' },
      [
        refuse('RISK_LEVEL', "Risk level High is above this placement's limit of Low"),
        refuse(
          'INDIVIDUAL_NEEDS_LOW_RISK',
          'Individual placements take only people at low risk of harm (this person: High)',
        ),
      ],
    ],
    [
      'Medium risk against an individual placement whose limit is wrongly set to Very high',
      { assessment: assessment({ level: 'MEDIUM' }) },
      { type: 'INDIVIDUAL', maxRiskLevel: 'VERY_HIGH' },
      [
        refuse(
          'INDIVIDUAL_NEEDS_LOW_RISK',
          'Individual placements take only people at low risk of harm (this person: Medium)',
        ),
      ],
    ],
    [
      'Low risk against an individual placement',
      {},
      { type: 'INDIVIDUAL', maxRiskLevel: 'LOW' },
      [],
    ],
    [
      'risk to children against a placement with children present',
      { assessment: assessment({ flags: ['RISK_TO_CHILDREN', 'ARSON'] }) },
      { name: 'School garden (children present)', excludedFlags: ['RISK_TO_CHILDREN'] },
      [refuse('RISK_FLAG', 'Placement cannot take people flagged: Risk to children')],
    ],
    [
      'two excluded flags named together',
      { assessment: assessment({ flags: ['VIOLENCE', 'RISK_TO_STAFF'] }) },
      { excludedFlags: ['RISK_TO_STAFF', 'VIOLENCE'] },
      [refuse('RISK_FLAG', 'Placement cannot take people flagged: Violence, Risk to staff')],
    ],
    [
      'a flag the placement does not exclude',
      { assessment: assessment({ flags: ['ARSON'] }) },
      { excludedFlags: ['RISK_TO_CHILDREN'] },
      [],
    ],
    [
      'group only against an individual placement',
      { assessment: assessment({ restrictions: ['GROUP_ONLY'] }) },
      { type: 'INDIVIDUAL', maxRiskLevel: 'LOW' },
      [
        refuse(
          'RESTRICTION',
          'Restriction: Suitable for group placements only, and this is an individual placement',
        ),
      ],
    ],
    [
      'group only against a group',
      { assessment: assessment({ restrictions: ['GROUP_ONLY'] }) },
      {},
      [],
    ],
    [
      'individual only against a group',
      { assessment: assessment({ restrictions: ['INDIVIDUAL_ONLY'] }) },
      {},
      [
        refuse(
          'RESTRICTION',
          'Restriction: Suitable for individual placements only, and this is a group placement',
        ),
      ],
    ],
    [
      'individual only against employability',
      { assessment: assessment({ restrictions: ['INDIVIDUAL_ONLY'] }) },
      { type: 'EMPLOYABILITY' },
      [
        refuse(
          'RESTRICTION',
          'Restriction: Suitable for individual placements only, and this is an employability placement',
        ),
      ],
    ],
    [
      'close supervision against an individual placement',
      { assessment: assessment({ restrictions: ['CLOSE_SUPERVISION'] }) },
      { type: 'INDIVIDUAL' },
      [
        refuse(
          'RESTRICTION',
          'Restriction: Close supervision needed, and an individual placement is supervised by the beneficiary',
        ),
      ],
    ],
    [
      'a victim exclusion area covering the placement (case and spaces ignored)',
      {
        assessment: assessment({
          restrictions: ['VICTIM_EXCLUSION_AREA'],
          exclusionArea: '  NORTHVALE ',
        }),
      },
      {},
      [
        refuse(
          'RESTRICTION',
          'Restriction: Victim exclusion area covers Northvale, where this placement is',
        ),
      ],
    ],
    [
      'a victim exclusion area elsewhere',
      {
        assessment: assessment({
          restrictions: ['VICTIM_EXCLUSION_AREA'],
          exclusionArea: 'Eastby',
        }),
      },
      {},
      [],
    ],
    [
      'a 17-year-old against an adult-only placement',
      { age: 17 },
      {},
      [
        refuse(
          'UNDER_18',
          'Under 18 (aged 17) and the placement is not suitable for 16–17 year olds',
        ),
      ],
    ],
    [
      'a 17-year-old against a placement suitable for 16–17',
      { age: 17 },
      { suits: ['SUITABLE_16_17'] },
      [],
    ],
    ['an 18-year-old against an adult-only placement', { age: 18 }, {}, []],
    [
      'a man against a women-only group',
      {},
      { suits: ['WOMEN_ONLY'] },
      [refuse('WOMEN_ONLY', 'Women-only group (gender recorded: Male)')],
    ],
    [
      'gender not stated against a women-only group',
      { gender: 'NOT_STATED' },
      { suits: ['WOMEN_ONLY'] },
      [refuse('WOMEN_ONLY', 'Women-only group (gender recorded: Not stated)')],
    ],
    ['a woman against a women-only group', { gender: 'FEMALE' }, { suits: ['WOMEN_ONLY'] }, []],
    [
      'a wheelchair user without wheelchair access',
      { induction: induction({ wheelchairUser: true }) },
      {},
      [refuse('NO_WHEELCHAIR_ACCESS', 'No wheelchair access, and this person uses a wheelchair')],
    ],
    [
      'a wheelchair user with wheelchair access',
      { induction: induction({ wheelchairUser: true }) },
      { suits: ['WHEELCHAIR_ACCESS'] },
      [],
    ],
    [
      'weekdays only against a weekend placement',
      { induction: induction({ availability: ['MON_MORNING', 'TUE_EVENING'] }) },
      { sessions: ['SUN_MORNING', 'SAT_MORNING'] },
      [
        refuse(
          'NO_SHARED_AVAILABILITY',
          'No shared availability: the placement runs Saturday morning, Sunday morning',
        ),
      ],
    ],
    [
      'a placement with no sessions',
      {},
      { sessions: [] },
      [
        refuse(
          'NO_SHARED_AVAILABILITY',
          'No shared availability: the placement has no sessions set',
        ),
      ],
    ],
    ['full', {}, { allocated: 8 }, [refuse('FULL', 'Full: 8 of 8 places taken')]],
    ['over-full', {}, { allocated: 9 }, [refuse('FULL', 'Full: 9 of 8 places taken')]],
    ['one place left', {}, { allocated: 7 }, []],
    [
      'health and safety assessment due yesterday',
      {},
      { healthAndSafetyReviewDue: '2026-11-25' },
      [
        refuse(
          'HEALTH_AND_SAFETY_OUT_OF_DATE',
          'Health and safety risk assessment was due for review on 25/11/2026',
        ),
      ],
    ],
    ['health and safety assessment due today', {}, { healthAndSafetyReviewDue: today }, []],
    [
      'every reason at once, not only the first',
      { age: 16, assessment: assessment({ level: 'VERY_HIGH', flags: ['RISK_TO_WOMEN'] }) },
      {
        type: 'INDIVIDUAL',
        maxRiskLevel: 'LOW',
        excludedFlags: ['RISK_TO_WOMEN'],
        suits: ['WOMEN_ONLY'],
        allocated: 8,
        sessions: ['WED_EVENING'],
        healthAndSafetyReviewDue: '2026-10-01',
      },
      [
        refuse('RISK_LEVEL', "Risk level Very high is above this placement's limit of Low"),
        refuse(
          'INDIVIDUAL_NEEDS_LOW_RISK',
          'Individual placements take only people at low risk of harm (this person: Very high)',
        ),
        refuse('RISK_FLAG', 'Placement cannot take people flagged: Risk to women'),
        refuse(
          'UNDER_18',
          'Under 18 (aged 16) and the placement is not suitable for 16–17 year olds',
        ),
        refuse('WOMEN_ONLY', 'Women-only group (gender recorded: Male)'),
        refuse(
          'NO_SHARED_AVAILABILITY',
          'No shared availability: the placement runs Wednesday evening',
        ),
        refuse(
          'HEALTH_AND_SAFETY_OUT_OF_DATE',
          'Health and safety risk assessment was due for review on 01/10/2026',
        ),
        refuse('FULL', 'Full: 8 of 8 places taken'),
      ],
    ],
  ];

  it.each(rows)('%s', (_name, c, p, expected) => {
    expect(refusalsFor(person(c), placement(p), today)).toEqual(expected);
    const onlyFull = expected.every((r) => r.code === 'FULL');
    expect(allowedIgnoringCapacity(person(c), placement(p), today)).toBe(onlyFull);
  });

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
