import type { DialerMessagesOverrides } from '@dialer-kit/react';

/** The demo's wording: the two settings an agent picks most, named after the status they give. */
export const DEMO_MESSAGES: DialerMessagesOverrides = {
  availabilitySettings: { always_opened: 'Available', always_closed: 'Do not disturb' },
};
