import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useBusConnection } from '../../hooks/useBusConnection';
import { useMessages } from '../../messages';
import { cx } from '../shared/domProps';

/** Props of {@link TabOwnership}: any `<section>` prop. */
export type TabOwnershipProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

/**
 * Where the phone is when the tabs share one bus (`DialerProvider tabs={createSharedDialerStore}`): in a
 * tab that is not the bus's owner, "Phone is in another tab" and a "Use this tab" button that moves the bus
 * here. Renders nothing in the owner tab, while the tabs elect one, and for a store that is not shared.
 * `data-role` is the tab's role.
 * @example <TabOwnership />
 */
export const TabOwnership = /*#__PURE__*/ forwardRef<HTMLElement, TabOwnershipProps>(function TabOwnership(
  { className, ...rest },
  ref,
) {
  const messages = useMessages();
  const { role, takeOver } = useBusConnection();
  if (role !== 'follower') return null;
  return (
    <section
      aria-label={messages.tabs.elsewhere}
      {...rest}
      ref={ref}
      className={cx('dk-tabs', className)}
      data-role={role}
    >
      <p className="dk-tabs__title">
        <strong>{messages.tabs.elsewhere}</strong>
      </p>
      <p className="dk-tabs__hint">{messages.tabs.mirrored}</p>
      <button type="button" className="dk-button dk-tabs__take" onClick={takeOver}>
        {messages.tabs.useThisTab}
      </button>
    </section>
  );
});
