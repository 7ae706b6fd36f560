import type { NoticeFigures } from '../../../shared/contract/notices';
import { notFound, refuseFields } from '../../../shared/errors';
import type { Context, Handlers } from '../context';
import { findCourt } from '../courts/store';
import { findOffice } from '../office/store';
import { capacityNow, figuresFor } from './figures';
import { checkCourt, checkPeriod, nextNoticeNumber } from './rules';
import { findNotice, insertNotice, lastNotice, listNotices, numbersOfYear } from './store';

/** The court and the period, checked together so every refusal is given at once. */
function courtAndPeriod(ctx: Context, input: { courtId: number; from: string; to: string }) {
  const court = findCourt(ctx.db, input.courtId);
  refuseFields({ ...checkCourt(court), ...checkPeriod(input.from, input.to, ctx.today) });
  return court!;
}

const valueOf = (figures: NoticeFigures, key: string, column: 'court' | 'office') =>
  figures.figures.find((f) => f.key === key)?.[column] ?? null;

export const noticeProcedures: Handlers<'notices'> = {
  preview: (input, ctx) => {
    const court = courtAndPeriod(ctx, input);
    return figuresFor(ctx, court, input);
  },

  issue: ({ courtId, from, to, actions, signedOffBy, signedOffRole }, ctx) => {
    const court = courtAndPeriod(ctx, { courtId, from, to });
    // Worked out again now, whatever was previewed: the notice states the data on its day.
    const figures = figuresFor(ctx, court, { from, to });
    const year = Number(ctx.today.slice(0, 4));
    const id = insertNotice(ctx.db, {
      number: nextNoticeNumber(year, numbersOfYear(ctx.db, year)),
      courtId,
      periodFrom: from,
      periodTo: to,
      issuedOn: ctx.today,
      signedOffBy,
      signedOffRole,
      actions,
      figures,
      issuedByAccount: ctx.account!.name,
      createdAt: ctx.now,
    });
    return findNotice(ctx.db, id)!;
  },

  list: ({ page, pageSize }, ctx) => {
    const { rows, total } = listNotices(ctx.db, page, pageSize);
    return {
      total,
      rows: rows.map((n) => ({
        id: n.id,
        number: n.number,
        courtName: n.figures.court.name,
        periodFrom: n.periodFrom,
        periodTo: n.periodTo,
        issuedOn: n.issuedOn,
        signedOffBy: n.signedOffBy,
        signedOffRole: n.signedOffRole,
        liveOrders: valueOf(n.figures, 'liveOrders', 'court'),
        hoursOutstandingMinutes: valueOf(n.figures, 'hoursOutstanding', 'court'),
        ordersAtRisk: valueOf(n.figures, 'ordersAtRisk', 'court'),
        offerableMinutes: valueOf(n.figures, 'hoursOfferable', 'office'),
        neededMinutes: valueOf(n.figures, 'hoursNeeded', 'office'),
      })),
    };
  },

  get: ({ id }, ctx) => {
    const notice = findNotice(ctx.db, id);
    if (!notice) throw notFound('The notice');
    const office = findOffice(ctx.db);
    return {
      ...notice,
      office: {
        name: office?.name ?? '',
        address: office?.address ?? null,
        phone: office?.phone ?? null,
        email: office?.email ?? null,
      },
    };
  },

  capacityCheck: (_input, ctx) => {
    const last = lastNotice(ctx.db);
    return {
      ...capacityNow(ctx),
      lastNotice: last
        ? {
            id: last.id,
            number: last.number,
            issuedOn: last.issuedOn,
            courtName: last.figures.court.name,
          }
        : null,
    };
  },
};
