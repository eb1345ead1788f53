import type { CallParty, CallRecord } from '@dialer-kit/core';
import { useId, useSyncExternalStore } from 'react';
import type { Crm } from './createCrm';

/** A party as the CRM names it: its number, else the teammate's id. */
function partyName(party: CallParty | undefined, fallback: string | undefined): string {
  if (party?.phoneNumber !== undefined) return party.phoneNumber;
  if (party?.userId !== undefined) return `Teammate ${party.userId}`;
  return fallback ?? 'Unknown';
}

/** Seconds, as `1:05`. */
function duration(ms: number | undefined): string {
  if (ms === undefined) return '-';
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const ENDED_BY = { agent: 'agent', 'other-party': 'other party', dropped: 'dropped' } as const;

/** Whom the call was with: the caller of an incoming call, the callee of an outgoing one. */
function other(record: CallRecord): string {
  return partyName(record.party, record.direction === 'outgoing' ? record.to : record.from);
}

/** One ended call of the log, as the host would store it. */
function LoggedCall({ record }: { readonly record: CallRecord }) {
  const tags = record.tags.map((tag) => tag.name ?? `#${tag.id}`).join(', ');
  return (
    <li className="desk-crm-call" data-call-id={record.callId}>
      <strong>
        {record.direction === 'outgoing' ? 'To' : 'From'} {other(record)}
      </strong>
      <dl>
        <dt>Answered in</dt>
        <dd>{duration(record.timeToAnswerMs)}</dd>
        <dt>Talk</dt>
        <dd>{duration(record.talkTimeMs)}</dd>
        <dt>Hold</dt>
        <dd>{duration(record.holdTimeMs)}</dd>
        <dt>After-call work</dt>
        <dd>{duration(record.afterCallWorkMs)}</dd>
        <dt>Ended by</dt>
        <dd>{record.endedBy === undefined ? '-' : ENDED_BY[record.endedBy]}</dd>
        <dt>Recording</dt>
        <dd>{record.recordingState ?? '-'}</dd>
        <dt>Tags</dt>
        <dd>{tags === '' ? 'none' : tags}</dd>
      </dl>
    </li>
  );
}

/** The popped call: its caller's record when the CRM has one (name, company, a link to it), else the number. */
function PoppedCall({ crm, record }: { readonly crm: Crm; readonly record: CallRecord }) {
  const contact = crm.find(record.party);
  return (
    <>
      <p>
        {record.answeredAt === undefined ? 'Calling: ' : 'On the line: '}
        <strong>{contact === undefined ? other(record) : contact.name}</strong>
      </p>
      {contact !== undefined && (
        <p className="desk-crm-contact">
          {contact.company} · {other(record)} · <a href={contact.href}>Open record</a>
        </p>
      )}
    </>
  );
}

/**
 * A small CRM beside the desk, fed only by the kit's lifecycle callbacks: it pops the caller when a call
 * is offered or answered, and logs each ended call with its summary.
 */
export function CrmPanel({ crm }: { readonly crm: Crm }) {
  const { popped, log } = useSyncExternalStore(crm.subscribe, crm.getSnapshot);
  const titleId = useId();
  return (
    <section className="desk-card desk-crm" aria-labelledby={titleId}>
      <h2 id={titleId} className="desk-card__title">
        CRM
      </h2>
      <div role="status" aria-label="Customer record">
        {popped === undefined ? <p>No caller</p> : <PoppedCall crm={crm} record={popped} />}
      </div>
      <h3>Call log</h3>
      {log.length === 0 ? (
        <p>No calls yet</p>
      ) : (
        <ol aria-label="Call log">
          {log.map((record) => (
            <LoggedCall key={record.callId} record={record} />
          ))}
        </ol>
      )}
    </section>
  );
}
