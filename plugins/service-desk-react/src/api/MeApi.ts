import { DeskRole } from '@internal/plugin-service-desk-common';

/** The signed-in user as the backend's /me resolves them. */
export interface Me {
  userRef: string;
  roles: DeskRole[];
}

/** What a service desk client offers for {@link useMe}. */
export interface MeApi {
  getMe(): Promise<Me>;
}
