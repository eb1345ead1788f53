/** Leg ids of the parties in flows.json, by who they are. */
export const LEG = {
  /** The customer +14155550199. */
  customer: 'CA99887766ff55ee44dd33cc22bb11aa00',
  /** Teammate 654321. */
  teammate: 'CA1234abcd5678ef901234abcd5678ef90',
  /** The concurrent callee +33176360695. */
  french: 'CAabcdef0123456789abcdef0123456789',
  /** The conference invitee +442079460018. */
  british: 'CAfedcba9876543210fedcba9876543210',
  /** The coach, user 777001. */
  coach: 'CA0f0e0d0c0b0a09080706050403020100',
} as const;
