import { useCallback, useState } from 'react';
import { ProxiedSignInPage } from '@backstage/core-components';
import { SignInPageProps } from '@backstage/plugin-app-react';
import { DemoUserPicker } from './DemoUserPicker';
import {
  forgettingDemoUserOnSignOut,
  storeDemoUser,
  storedDemoUser,
} from './demoUserStorage';

/** Registered by packages/backend/src/demoSignIn.ts. */
const PROVIDER_ID = 'serviceDeskDemo';
const USER_HEADER = 'x-service-desk-demo-user';

/**
 * Shows the demo user picker, or signs in straight away as the user chosen before. A failed
 * sign-in shows the picker again with the reason, so a bad stored choice never locks anyone out.
 */
export function DemoSignInPage({ onSignInSuccess }: SignInPageProps) {
  // `attempt` remounts the proxied sign-in, so picking the same user again retries.
  const [choice, setChoice] = useState(() => {
    const userRef = storedDemoUser();
    return userRef ? { userRef, attempt: 0 } : undefined;
  });
  const pick = useCallback((userRef: string) => {
    storeDemoUser(userRef);
    setChoice(previous => ({ userRef, attempt: (previous?.attempt ?? 0) + 1 }));
  }, []);
  const PickerAfterFailure = useCallback(
    ({ error }: { error?: Error }) => (
      <DemoUserPicker onPick={pick} error={error} />
    ),
    [pick],
  );

  if (!choice) {
    return <DemoUserPicker onPick={pick} />;
  }
  return (
    <ProxiedSignInPage
      key={choice.attempt}
      provider={PROVIDER_ID}
      // Fixed for the tab's session: token refreshes keep the user this tab signed in as, even
      // when another tab picks someone else.
      headers={{ [USER_HEADER]: choice.userRef }}
      onSignInSuccess={identity =>
        onSignInSuccess(forgettingDemoUserOnSignOut(identity))
      }
      ErrorComponent={PickerAfterFailure}
    />
  );
}
