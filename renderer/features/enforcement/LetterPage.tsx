import { Alert, Box, LinearProgress, Paper, Stack } from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import type { Letter } from '../../../shared/contract/enforcement';
import { formatDate } from '../../../shared/dates';
import { useRead } from '../../api/hooks';
import { addressLines, Letterhead, PrintDesk, printSheet } from '../../components/PrintDesk';
import { dayAndDate, letterHeadings, months } from './labels';

/** `120 hours`, `12 hours 30 minutes`: a letter spells out what a screen abbreviates. */
function hoursInWords(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [
    h > 0 && `${h} ${h === 1 ? 'hour' : 'hours'}`,
    (m > 0 || h === 0) && `${m} ${m === 1 ? 'minute' : 'minutes'}`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** What happened, in the words of the letter. */
function whatHappened(l: Letter): string {
  const at = `at ${l.failure.placementName} on ${dayAndDate(l.failure.date)}`;
  switch (l.failure.outcome) {
    case 'UACP':
      return `you did not attend your unpaid work session ${at}, starting at ${l.failure.startTime}, and we have not accepted a reason for your absence`;
    case 'ATSH':
      return `you were sent home from your unpaid work session ${at} because of your behaviour`;
    default:
      return `you attended your unpaid work session ${at} but did not comply with what was required of you (for example by arriving late, leaving early, or not being fit to work)`;
  }
}

function LetterBody({ letter: l }: { letter: Letter }) {
  const window = months(l.warningWindowMonths);
  const contact = [
    l.office.phone && `telephone ${l.office.phone}`,
    l.office.email && `email ${l.office.email}`,
  ].filter(Boolean);
  const ordered = hoursInWords(l.order.hoursOrderedMinutes);
  const by = formatDate(l.order.endDate);
  const hours =
    l.order.creditedMinutes === 0
      ? `You have not yet worked any of the ${ordered} ordered, and all of them must be completed by ${by}.`
      : `So far you have worked ${hoursInWords(l.order.creditedMinutes)} of the ${ordered} ` +
        `ordered. You still have ${hoursInWords(l.order.outstandingMinutes)} to do, and they ` +
        `must be completed by ${by}.`;
  return (
    <>
      <p>Dear {l.person.name},</p>
      <p>
        The {l.order.courtName} made an order on {formatDate(l.order.sentenceDate)} that includes a
        requirement to do unpaid work. Our records show that {whatHappened(l)}. This has been
        recorded as: {l.failure.outcomeLabel.toLowerCase()}.
      </p>
      {l.decision === 'WARNING' ? (
        <>
          <p>
            <strong>This letter is a formal warning.</strong> If you fail to comply with your unpaid
            work requirement again within {window} of this warning, you will be referred for breach
            of your order and may be taken back to court. The court can make your order more
            demanding, fine you, or sentence you again for the original offence.
          </p>
          <p>
            If you had a good reason for what happened, you must contact us{' '}
            <strong>by {formatDate(l.respondBy)}</strong> ({l.respondWithinDays} days from the date
            of this letter) and give us evidence of it, such as a doctor’s note or a letter from
            your employer.
            {contact.length > 0 && ` You can ${contact.join(' or ')}.`} If we do not hear from you
            by then, this warning will stand.
          </p>
        </>
      ) : (
        <>
          <p>
            {l.earlierWarning
              ? `On ${formatDate(l.earlierWarning.decidedOn)} you were given a formal warning about a failure on ${formatDate(l.earlierWarning.failureDate)}. `
              : ''}
            Because this failure came within {window} of that warning,{' '}
            <strong>your case has been referred for breach of your order.</strong> Your case
            manager, {l.order.caseManagerName}, has been told and will arrange for the matter to go
            back to the court.
          </p>
          <p>
            The court can make your order more demanding, fine you, or sentence you again for the
            original offence. Until the court decides, you must keep attending every work session
            you are given: further failures will be reported to the court.
          </p>
        </>
      )}
      <p>{hours}</p>
      <p>
        If you have any questions about this letter, please contact the Unpaid Work office or your
        case manager, {l.order.caseManagerName}.
      </p>
    </>
  );
}

function LetterSheet({ letter: l }: { letter: Letter }) {
  return (
    <Paper
      component="article"
      aria-label={letterHeadings[l.decision]}
      className={printSheet}
      elevation={3}
      sx={{
        width: '210mm',
        minHeight: '297mm',
        mx: 'auto',
        p: '20mm',
        boxSizing: 'border-box',
        borderRadius: 0,
        color: '#000',
        fontFamily: '"Segoe UI", Arial, "Helvetica Neue", sans-serif',
        fontSize: '10.5pt',
        lineHeight: 1.4,
        '& p': { mt: 0, mb: '3mm' },
      }}
    >
      <Letterhead office={l.office} />
      <Box sx={{ mt: '6mm', lineHeight: 1.4 }}>
        <div>{l.person.name}</div>
        {addressLines(l.person.address).map((line) => (
          <div key={line}>{line}</div>
        ))}
        {l.person.postcode && <div>{l.person.postcode}</div>}
      </Box>
      <Stack direction="row" sx={{ mt: '6mm', mb: '5mm', justifyContent: 'space-between' }}>
        <div>Our reference: {l.person.caseReference}</div>
        <div>Date: {formatDate(l.decidedOn)}</div>
      </Stack>
      <Box component="h1" sx={{ fontSize: '15pt', fontWeight: 700, m: 0, mb: '5mm' }}>
        {letterHeadings[l.decision]}
      </Box>
      <LetterBody letter={l} />
      <Box sx={{ mt: '5mm', breakInside: 'avoid' }}>
        <div>Yours sincerely,</div>
        <Box sx={{ height: '13mm' }} />
        <div>{l.decidedBy}</div>
        <div>for {l.office.name}</div>
      </Box>
      <Box sx={{ mt: '6mm', fontSize: '9pt', color: '#333' }}>
        Copy to: {l.order.caseManagerName}, case manager
      </Box>
    </Paper>
  );
}

/** A warning letter or breach referral, as an A4 document ready to print or save. */
export function LetterPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const letter = useRead('enforcement.letter', { decisionId: id });
  const l = letter.data;
  return (
    <PrintDesk
      title={
        l
          ? `${l.decision === 'BREACH' ? 'Breach referral' : 'Warning letter'}, ${l.person.name}`
          : null
      }
      back={{
        label: 'Back',
        onClick: () =>
          window.history.length > 1 || !l ? navigate(-1) : navigate(`/orders/${l.order.id}`),
      }}
      notes={
        <>
          {letter.error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {letter.error.message}
            </Alert>
          )}
          {!l && !letter.error && <LinearProgress aria-label="Loading the letter" />}
          {l && !l.person.address && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              No address is recorded for {l.person.name}: add it to their record before posting this
              letter.
            </Alert>
          )}
          {l && !l.office.address && (
            <Alert severity="info" sx={{ mb: 2 }}>
              The office has no letterhead address yet: a manager can set it under Courts and staff.
            </Alert>
          )}
        </>
      }
    >
      {l && <LetterSheet letter={l} />}
    </PrintDesk>
  );
}
