import { describe, expect, it } from 'vitest';
import { allowedIgnoringCapacity, refusalsFor } from '../../electron/core/allocation/rules';
import type {
  Candidate,
  PlacementOffer,
  Refusal,
  RefusalCode,
} from '../../electron/core/allocation/types';
import { assessment, induction, person, placement, today } from './allocation-fixtures';

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
});
