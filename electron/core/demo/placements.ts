import type {
  PlacementSuit,
  PlacementType,
  QualityFeature,
  RiskFlag,
  RiskLevel,
  Skill,
  Slot,
} from '../../../shared/placement-codes';
import { addDays } from '../../../shared/dates';
import type { PlacementOffer } from '../allocation/types';
import type { Random } from './random';
import type { demoStatements } from './store';

/** Beneficiaries and the work they offer: kinds of placement a UPW office really runs. */
const kinds: {
  beneficiary: string;
  work: string;
  type: PlacementType;
  skills: Skill[];
  features: QualityFeature[];
  excluded: RiskFlag[];
  maxRisk: RiskLevel;
}[] = [
  {
    beneficiary: 'Parks and Open Spaces',
    work: 'park clearance',
    type: 'GROUP',
    skills: ['GARDENING'],
    features: ['VISIBLE_REPARATION', 'COMMUNITY_NOMINATED'],
    excluded: ['RISK_TO_CHILDREN', 'SEXUAL_OFFENDING'],
    maxRisk: 'HIGH',
  },
  {
    beneficiary: 'Canal Restoration Trust',
    work: 'towpath repairs',
    type: 'GROUP',
    skills: ['CONSTRUCTION', 'GARDENING'],
    features: ['VISIBLE_REPARATION', 'SKILLS_LEARNING'],
    excluded: [],
    maxRisk: 'HIGH',
  },
  {
    beneficiary: 'Community Centre',
    work: 'redecoration',
    type: 'GROUP',
    skills: ['DECORATING'],
    features: ['BENEFICIARY_CONTACT', 'SKILLS_LEARNING'],
    excluded: ['RISK_TO_CHILDREN'],
    maxRisk: 'MEDIUM',
  },
  {
    beneficiary: 'Food Bank',
    work: 'sorting and packing',
    type: 'GROUP',
    skills: ['RETAIL'],
    features: ['BENEFICIARY_CONTACT'],
    excluded: ['RISK_TO_VULNERABLE_ADULTS'],
    maxRisk: 'MEDIUM',
  },
  {
    beneficiary: 'Furniture Reuse Project',
    work: 'furniture restoration',
    type: 'GROUP',
    skills: ['RECYCLING', 'CRAFTS'],
    features: ['SKILLS_LEARNING', 'GUIDED_SKILLS_LEARNING', 'EMPLOYABILITY_LINK'],
    excluded: [],
    maxRisk: 'HIGH',
  },
  {
    beneficiary: 'Hospice Charity Shop',
    work: 'shop and stockroom',
    type: 'INDIVIDUAL',
    skills: ['RETAIL'],
    features: ['BENEFICIARY_CONTACT', 'EMPLOYABILITY_LINK'],
    excluded: ['RISK_TO_VULNERABLE_ADULTS', 'RISK_TO_CHILDREN'],
    maxRisk: 'LOW',
  },
  {
    beneficiary: 'Church Hall',
    work: 'kitchen and cleaning',
    type: 'INDIVIDUAL',
    skills: ['CATERING', 'CLEANING'],
    features: ['BENEFICIARY_CONTACT'],
    excluded: ['RISK_TO_CHILDREN', 'HATE_BASED'],
    maxRisk: 'LOW',
  },
  {
    beneficiary: 'College Construction Skills Centre',
    work: 'construction skills course',
    type: 'EMPLOYABILITY',
    skills: ['CONSTRUCTION'],
    features: ['GUIDED_SKILLS_LEARNING', 'EMPLOYABILITY_LINK', 'SKILLS_LEARNING'],
    excluded: [],
    maxRisk: 'MEDIUM',
  },
  {
    beneficiary: 'Community Garden',
    work: 'growing and allotments',
    type: 'GROUP',
    skills: ['GARDENING'],
    features: ['BENEFICIARY_CONTACT', 'SKILLS_LEARNING'],
    excluded: ['ARSON'],
    maxRisk: 'MEDIUM',
  },
  {
    beneficiary: 'Cemeteries and Churchyards',
    work: 'grounds maintenance',
    type: 'GROUP',
    skills: ['GARDENING'],
    features: ['VISIBLE_REPARATION'],
    excluded: [],
    maxRisk: 'VERY_HIGH',
  },
];

/** When placements run: the slots their sessions start in, and the times of a session. */
const sessionPatterns: { slots: Slot[]; start: string; end: string }[] = [
  { slots: ['SAT_MORNING', 'SUN_MORNING'], start: '09:00', end: '16:00' },
  { slots: ['TUE_MORNING', 'THU_MORNING'], start: '09:00', end: '16:00' },
  { slots: ['MON_MORNING', 'WED_MORNING', 'FRI_MORNING'], start: '09:00', end: '16:00' },
  { slots: ['WED_MORNING', 'SAT_MORNING'], start: '09:00', end: '16:00' },
  { slots: ['THU_MORNING', 'SUN_MORNING'], start: '09:00', end: '16:00' },
  // Evening groups, for people who work in the day.
  { slots: ['TUE_EVENING', 'THU_EVENING'], start: '18:00', end: '21:00' },
];

export interface DemoPlacement extends PlacementOffer {
  startTime: string;
  endTime: string;
  /** People one session takes (the placement's capacity as stored). */
  perSession: number;
  /** What the work is, for exit interviews: "park clearance". */
  work: string;
  beneficiary: string;
  /** Who at the beneficiary deals with the office: the one who answers its surveys. */
  contactName: string;
  /** The day the placement was added to Amends: its survey schedule counts from it. */
  addedOn: string;
}

/**
 * The day a placement was added, 26 to 36 months ago (before go-live: the office brought its
 * placements over when Amends started, with the dates they began), spread without randomness.
 */
export function placementAddedOn(i: number, today: string): string {
  return addDays(today, -(790 + ((i * 137) % 300)));
}

/** The office's placements (and its induction and PPWS rooms), with health and safety review dates. */
export function makePlacements(
  random: Random,
  put: ReturnType<typeof demoStatements>,
  count: number,
  towns: string[],
  today: string,
) {
  const work: DemoPlacement[] = [];
  const ppws: { id: number; area: string; name: string }[] = [];
  const names = new Set<string>();
  for (let i = 0; i < count; i++) {
    const isPpws = i % 15 === 0;
    // One induction and PPWS centre every 15 placements, each in a different town.
    const area = towns[(isPpws ? i / 15 : i) % towns.length]!;
    const kind = kinds[(i * 7) % kinds.length]!;
    const type: PlacementType = isPpws ? 'INDUCTION_PPWS' : kind.type;
    const suits: PlacementSuit[] = [];
    if (i % 13 === 5) suits.push('WOMEN_ONLY');
    if (!kind.excluded.includes('RISK_TO_CHILDREN') && random.chance(0.4))
      suits.push('SUITABLE_16_17');
    if (random.chance(0.35)) suits.push('WHEELCHAIR_ACCESS');
    const capacity =
      type === 'INDIVIDUAL' ? random.int(1, 2) : type === 'INDUCTION_PPWS' ? 12 : random.int(9, 12);
    // Individual placements keep their beneficiary's daytime hours.
    const pattern = random.pick(
      type === 'INDIVIDUAL' ? sessionPatterns.slice(0, -1) : sessionPatterns,
    );
    // Most assessments were done within the year; every so often one has lapsed, and one lapsed
    // months ago, so the Board's last quarter lists a placement out of date.
    const daysAgo =
      i % 11 !== 3 ? random.int(20, 340) : i === 3 ? random.int(440, 470) : random.int(370, 420);
    const assessedOn = addDays(today, -daysAgo);
    const addedOn = placementAddedOn(i, today);
    const values = {
      name: isPpws ? `${area} Unpaid Work Centre` : `${area} ${kind.beneficiary}: ${kind.work}`,
      beneficiary: isPpws ? 'Northvale Unpaid Work' : `${area} ${kind.beneficiary}`,
      contactName: `${random.pick(['Ann', 'Bill', 'Cath', 'Dev', 'Esther', 'Femi', 'Gwen', 'Huw'])} ${random.pick(['Lee', 'Shah', 'Owen', 'Price', 'Kaur', 'Reid'])}`,
      contactPhone: `01632 97${String(1000 + i).slice(-4)}`,
      contactEmail: null,
      address: `${random.int(1, 90)} ${random.pick(['Mill Lane', 'Canal Side', 'Park Road', 'Chapel Street'])}, ${area}`,
      area,
      type,
      sessions: JSON.stringify(isPpws ? ['MON_MORNING'] : pattern.slots),
      startTime: isPpws ? '09:30' : pattern.start,
      endTime: isPpws ? '13:30' : pattern.end,
      capacity,
      maxRiskLevel: isPpws ? 'HIGH' : kind.maxRisk,
      excludedFlags: JSON.stringify(isPpws ? [] : kind.excluded),
      suits: JSON.stringify(suits),
      features: JSON.stringify(isPpws ? [] : kind.features),
      skills: JSON.stringify(isPpws ? [] : kind.skills),
      transportProvided: type === 'GROUP' && random.chance(0.6) ? 1 : 0,
      healthAndSafetyAssessedOn: assessedOn,
      healthAndSafetyReviewDue: addDays(assessedOn, 365),
      createdAt: `${addedOn}T09:00:00.000Z`,
    };
    // Two of the same kind in one area get told apart by a number.
    for (let n = 2; names.has(values.name); n++)
      values.name = `${values.name.replace(/ \(\d+\)$/, '')} (${n})`;
    names.add(values.name);
    const id = Number(put.placement.run(values).lastInsertRowid);
    if (isPpws) {
      ppws.push({ id, area, name: values.name });
      continue;
    }
    const sessions = JSON.parse(values.sessions) as Slot[];
    work.push({
      id,
      name: values.name,
      type,
      area,
      sessions,
      capacity: capacity * sessions.length,
      allocated: 0,
      maxRiskLevel: values.maxRiskLevel,
      excludedFlags: kind.excluded,
      suits,
      features: kind.features,
      skills: kind.skills,
      transportProvided: values.transportProvided === 1,
      healthAndSafetyReviewDue: values.healthAndSafetyReviewDue,
      startTime: values.startTime,
      endTime: values.endTime,
      perSession: capacity,
      work: kind.work,
      beneficiary: values.beneficiary,
      contactName: values.contactName,
      addedOn,
    });
  }
  return { work, ppws };
}
