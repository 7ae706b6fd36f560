import { formatDate, formatMinutes } from '../../../shared/dates';
import { plusDays } from './days';
import type { Random } from './random';

/** The words of the demonstration office's surveys of beneficiaries and its court notices. */

/** What the work was worth to the beneficiary, by the work the placement offers. */
const valueByWork: Record<string, string[]> = {
  'park clearance': [
    'The paths and the play area are clear again and families are using the park; complaints to the council about litter have fallen.',
    'Our own grounds team could not have cleared the woodland edge this year: the group did it in a month.',
    'The pond area is safe and open again, and the friends group can run its summer events there.',
  ],
  'towpath repairs': [
    'About four hundred metres of towpath resurfaced and the hedges laid, which our volunteers could not have managed alone.',
    'The towpath is passable again after the winter floods; walkers and cyclists have noticed the difference.',
    'The lock-side fencing and benches are repaired, and the moorings look cared for.',
  ],
  redecoration: [
    'The main hall and two meeting rooms redecorated: money we would have spent on decorators now goes on activities.',
    'The rooms look fresh and welcoming; more groups have booked the centre since.',
    'The youth room was painted in the colours the young people chose, and they were proud of it.',
  ],
  'sorting and packing': [
    'Donations are sorted and packed in time for each distribution, so our volunteers can spend their time with the people who come to us.',
    'The group packs around two hundred parcels a week; without them we would have to turn people away.',
    'The warehouse is organised and date-checked, which the supermarkets who donate have commented on.',
  ],
  'furniture restoration': [
    'Furniture restored for families setting up their first home; most of it goes out within a fortnight.',
    'More pieces are saved from landfill and sold, which pays for our delivery van.',
    'The workshop gets through the backlog of donated furniture that we would otherwise have to turn down.',
  ],
  'shop and stockroom': [
    'The stockroom is kept in order and sorted stock reaches the shop floor the same week, which has lifted takings.',
    'Steady, reliable help on the days our volunteers are hardest to find.',
    'Donations are steamed, priced and hung quickly, so the shop always has fresh stock.',
  ],
  'kitchen and cleaning': [
    'The kitchen and hall are clean and ready for the lunch club and the toddler group every week.',
    'The hall is kept to the standard the hirers expect, which keeps the bookings coming in.',
    'Helps the small team of volunteers who were struggling to keep the building going.',
  ],
  'construction skills course': [
    'Fills places on the course with learners who want to work; several have gone on to apprenticeships.',
    'Our tutors value the group: they are keen, turn up, and some have passed their site safety test.',
    'Gives people a real start on a trade, and the projects they build are used around the college.',
  ],
  'growing and allotments': [
    'The raised beds are built and planted, and the produce goes to the community café and the food bank.',
    'The plots are cleared and productive again; we have a waiting list of local people wanting one.',
    'The polytunnel and paths are repaired, so the garden is open to more groups from the neighbourhood.',
  ],
  'grounds maintenance': [
    'Graves, paths and hedges are kept tidy; families visiting have written to thank us.',
    'The older part of the cemetery was cleared and can be visited again for the first time in years.',
    'Work the parish could never afford to pay for, done carefully and respectfully.',
  ],
};

const valueAnyWork = [
  'Work we could not otherwise have done, and the people who use the place have noticed.',
  'A real help to a small organisation run mostly by volunteers.',
];

/** What a beneficiary who is content writes, when they write anything. */
const praise = [
  'The supervisor always lets us know in good time if the group cannot come.',
  'Please pass on our thanks to the group: they worked hard in awful weather.',
  'One of the group asked about volunteering with us once his hours are done.',
  'We would welcome the group for more days if you have people free.',
  'Very happy with the work and the way the group conducts itself on site.',
  'The supervisor plans each day with us, which makes a real difference.',
  'Our visitors often ask who did the work; we are proud to tell them.',
  'Good, careful work. The group respected the site and the people using it.',
];

/** What a beneficiary who is less content writes. */
const concerns = [
  'Twice lately nobody came and we were not told until the morning.',
  'The group was stood down several times; we would like more notice.',
  'Some of the work on the fence line was left unfinished when the group moved on.',
  'We were not told the supervisor had changed, and the new one did not know the site.',
  'Numbers have dropped: often only two or three people arrive.',
  'Would like someone from the office to visit and agree the next jobs with us.',
  'Tools were left out overnight on one occasion.',
];

export function valueToThem(random: Random, work: string): string {
  return random.pick(valueByWork[work] ?? valueAnyWork);
}

/** A comment or none: mostly praise, a concern where the beneficiary rated the work low. */
export function surveyComment(random: Random, rating: number): string | null {
  if (rating <= 3) return random.chance(0.85) ? random.pick(concerns) : null;
  return random.chance(0.45) ? random.pick(praise) : null;
}

/** The figures of a notice the office's words refer to. */
export interface NoticeFacts {
  issuedOn: string;
  courtName: string;
  /** Hours a week short (office), minutes; 0 when it can offer what is needed. */
  shortfall: number;
  supervisorsInPost: number;
  /** A placement the office is growing or moving people to. */
  placement: string;
}

/** "What the office is doing": the manager's account of the steps taken, one of a few drafts. */
export function noticeActions(random: Random, f: NoticeFacts): string {
  const soon = (days: number) => formatDate(plusDays(f.issuedOn, days));
  const short =
    f.shortfall > 0
      ? `We are ${formatMinutes(f.shortfall)} a week short of the hours our live orders need.`
      : 'We can offer the hours our live orders need, but not yet at the times people are free to work.';
  const drafts = [
    `${short} We are recruiting two sessional supervisors (interviews on ${soon(9)}) so the weekend groups can run at full strength; until they start, the people waiting longest for a first session are offered places on the Tuesday and Thursday evening groups. Every order at risk is reviewed each Monday and its missing hours booked first.`,
    `${short} We have agreed an extra weekday session with ${f.placement} from ${soon(14)} and moved one supervisor from the Wednesday group to Saturdays, where most people are free to work. Stand-downs for want of a supervisor are now checked by the manager every week, and sessional staff are called in before a group is stood down.`,
    `${short} With ${f.supervisorsInPost} supervisors in post, too few for every weekend group, we have asked the region for cover on Saturdays until ${soon(60)}. Individual placements have been opened for people who cannot work at weekends, and case managers are asked to confirm availability at induction so that allocations are made within the target.`,
    `${short} Two new group placements start in the next month, including more days at ${f.placement}. We ask ${f.courtName} to take account of the waiting times shown here when setting hours on new orders, and we will report again in three months.`,
    `${short} We have trained two case administrators to run the Pre Placement Work Session, freeing supervisors for groups, and added an evening group from ${soon(21)}. Orders with their end date within twelve weeks are booked first, and the court will be asked to extend any that cannot be finished in time.`,
  ];
  return random.pick(drafts);
}
