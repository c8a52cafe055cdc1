import { IdentityApi } from '@backstage/frontend-plugin-api';

/** Where the chosen demo user is kept, so a reload signs in as them again. */
export const DEMO_USER_STORAGE_KEY = 'service-desk-demo-user';

export const storedDemoUser = () =>
  localStorage.getItem(DEMO_USER_STORAGE_KEY) ?? undefined;

export const storeDemoUser = (userRef: string) =>
  localStorage.setItem(DEMO_USER_STORAGE_KEY, userRef);

/**
 * The app reloads after sign-out; forgetting the user first makes that reload show the picker
 * instead of signing the same user straight back in.
 */
export function forgettingDemoUserOnSignOut(
  identity: IdentityApi,
): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    async signOut() {
      localStorage.removeItem(DEMO_USER_STORAGE_KEY);
      await identity.signOut();
    },
  };
}
