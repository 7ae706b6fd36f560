import { formatDate, formatMinutes } from '../../../shared/dates';
import type { IncidentKind, EndingKind } from '../../../shared/session-codes';
import type { Outcome } from '../../../shared/placement-codes';
import type { Random } from './random';

/** The words of the demonstration office's records: decisions, endings, notes, incidents. */

export function warningReason(random: Random, outcome: Outcome): string {
  if (outcome === 'UACP')
    return random.pick([
      'No acceptable reason given for the absence',
      'Did not attend and did not get in touch',
      'Said they overslept: not an acceptable reason',
    ]);
  if (outcome === 'ATSH')
    return random.pick([
      'Sent home for behaviour: the supervisor’s account accepted',
      'Sent home after refusing instructions on site',
    ]);
  return random.pick([
    'Late without a reason',
    'Left the placement without permission',
    'Did not comply with the supervisor’s instructions',
  ]);
}

export function breachReason(random: Random): string {
  return random.pick([
    'A further failure within twelve months of the warning; no acceptable reason',
    'Second failure after a warning: referred to court',
    'No contact since the warning; referred for breach',
  ]);
}

export function acceptableReason(random: Random, outcome: Outcome): string {
  return outcome === 'UACP'
    ? random.pick([
        'GP’s letter received covering the day',
        'Hospital admission confirmed by the ward',
        'Evidence of a job interview that day',
        'Bus cancelled: the operator confirmed it',
      ])
    : random.pick([
        'Late because of a bus cancellation the operator confirmed',
        'Left early for a hospital appointment: letter produced',
      ]);
}

export function endingReason(
  random: Random,
  kind: EndingKind,
  facts: { courtName: string; outstanding: number; endDate: string },
): string {
  switch (kind) {
    case 'COMPLETED':
      return 'All hours credited';
    case 'REVOKED':
      return random.pick([
        `Revoked by ${facts.courtName}: sentenced to custody for a further offence`,
        `Revoked by ${facts.courtName} on application: ill health prevents unpaid work`,
        `Revoked by ${facts.courtName} in the interests of justice after a change of circumstances`,
      ]);
    case 'TRANSFERRED':
      return random.pick([
        'Moved out of the area: order transferred to the receiving probation region',
        'Moved for work: order transferred to the probation office where he or she now lives',
      ]);
    case 'BREACHED_RESENTENCED':
      return `Breach proven at ${facts.courtName}; re-sentenced (${formatMinutes(facts.outstanding)} were outstanding)`;
    case 'EXPIRED':
      return `The end date of ${formatDate(facts.endDate)} passed with ${formatMinutes(facts.outstanding)} outstanding; no extension was sought`;
    default:
      return 'Ended';
  }
}

export function planObjectives(
  random: Random,
  facts: { hours: number; endDate: string; employabilityNeed: boolean },
): string {
  const lines = [
    `Complete ${facts.hours} hours by ${formatDate(facts.endDate)}.`,
    'Attend every session booked, on time and ready to work.',
    random.pick([
      'Tell the office the day before if anything stops you attending, with evidence.',
      'Keep the office up to date with any change of address, phone or work.',
    ]),
  ];
  if (facts.employabilityNeed)
    lines.push(
      random.pick([
        'Work towards a CSCS card through the construction skills course.',
        'Build a CV with the employment adviser before the order ends.',
        'Use the placement to get a reference for future work.',
      ]),
    );
  return lines.join('\n');
}

export function reviewProgress(
  random: Random,
  facts: { credited: number; ordered: number; attended: number; missed: number; failures: number },
): string {
  const done = `${formatMinutes(facts.credited)} of ${formatMinutes(facts.ordered)} done.`;
  if (facts.failures > 1)
    return `${done} ${facts.failures} failures since the last review; warned about the consequences of a breach.`;
  if (facts.failures === 1)
    return `${done} One failure since the last review; otherwise attending. Reminded of the warning.`;
  if (facts.attended === 0)
    return `${done} No sessions since the last review: ${random.pick(['waiting for a placement', 'availability to be checked', 'off sick with a note'])}.`;
  return `${done} ${random.pick([
    'Attending well; the supervisor reports good work.',
    'Steady progress; works well in the group.',
    'Good attendance; interested in volunteering after the order.',
    'Attending; quiet but reliable.',
  ])}${facts.missed ? ` ${facts.missed} acceptable absence${facts.missed > 1 ? 's' : ''} with evidence.` : ''}`;
}

export const supervisorPraise = [
  'Worked hard all day on the fencing; could be put forward for the skills course.',
  'Helped a newer member of the group without being asked.',
  'Good with tools: asked about joinery courses.',
  'Very polite to the beneficiary’s staff; they asked for him or her again.',
];
export const supervisorConcern = [
  'Seemed unwell and distracted; said things are difficult at home.',
  'Mentioned losing their job this week; may need support with the hours.',
  'Talked about money worries and rent arrears.',
  'Arrived tired and said they are sleeping on a friend’s sofa.',
];
export const caseManagerNotes = [
  'Please note: a new partner has children; no placements with children present.',
  'Started a part-time job on weekdays; weekends only from now on.',
  'Attends a drug service on Tuesday mornings: do not book then.',
  'Housing has become unsettled; the address may change soon.',
];
export const officeNotes = [
  'Rebooked at the person’s request; evidence of the appointment seen.',
  'Phoned to check availability for the coming month.',
  'Sent a reminder text the day before the session.',
];

const incidentTexts: Record<
  IncidentKind,
  { what: string; injuries: string | null; action: string; firstAid: boolean }[]
> = {
  NEAR_MISS: [
    {
      what: 'A branch fell from a tree being cut back and landed close to a worker',
      injuries: null,
      action: 'Work stopped; the area was cordoned off and the tree left to the council',
      firstAid: false,
    },
    {
      what: 'A strimmer was left running on the ground while its user spoke to the supervisor',
      injuries: null,
      action: 'Tool safety briefing repeated to the whole group',
      firstAid: false,
    },
    {
      what: 'Someone stepped back from a ladder onto an uneven paving slab and nearly fell',
      injuries: null,
      action: 'The ladder was moved and the slab reported to the beneficiary',
      firstAid: false,
    },
    {
      what: 'A van door opened into the path of a passing cyclist in the car park',
      injuries: null,
      action: 'Group reminded to check before opening doors; parking moved away from the path',
      firstAid: false,
    },
  ],
  ACCIDENT: [
    {
      what: 'Cut a hand on broken glass hidden in a hedge while clearing litter',
      injuries: 'Small cut to the palm of the left hand',
      action: 'Cut cleaned and dressed on site; thicker gloves issued to the group',
      firstAid: true,
    },
    {
      what: 'Twisted an ankle stepping off the towpath edge',
      injuries: 'Sprained right ankle',
      action: 'Ice pack applied; taken home by the supervisor; credited for the time worked',
      firstAid: true,
    },
    {
      what: 'Paint splashed into an eye while painting a ceiling',
      injuries: 'Irritation to the right eye',
      action: 'Eye washed out on site; goggles now compulsory for overhead painting',
      firstAid: true,
    },
    {
      what: 'Hit a thumb with a hammer while fixing a fence panel',
      injuries: 'Bruised thumb',
      action: 'Cold compress; carried on with lighter work after a rest',
      firstAid: true,
    },
  ],
  INCIDENT: [
    {
      what: 'A member of the public shouted abuse at the group working in the park',
      injuries: null,
      action: 'Group moved to the far end of the site; the police were not needed',
      firstAid: false,
    },
    {
      what: 'Two people on the placement argued and one pushed the other',
      injuries: null,
      action: 'Both separated and one sent home; case managers told',
      firstAid: false,
    },
    {
      what: 'A padlock on the tool store was found broken at the start of the session',
      injuries: null,
      action: 'Beneficiary told; tools checked and none missing',
      firstAid: false,
    },
  ],
};

export function incidentText(random: Random, kind: IncidentKind) {
  return random.pick(incidentTexts[kind]);
}

export function exitInterviewText(random: Random, work: string, beneficiary: string) {
  return {
    whatTheyDid: `${work[0]!.toUpperCase()}${work.slice(1)} with ${beneficiary}`,
    whatTheyLearned: random.pick([
      'Turning up on time and working as part of a team',
      'How to use the tools safely; I want to do more of this',
      'That I can finish something I start',
      'Practical skills I can put on a CV',
      'Not much I did not know already, but the people were decent',
    ]),
    comments: random.pick([
      null,
      null,
      'The supervisors treated me fairly',
      'Would have liked more weekend sessions',
      'The beneficiary said thank you, which meant a lot',
      'Travel to the placement was hard without a car',
    ]),
  };
}
