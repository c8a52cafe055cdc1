import { SignalApi } from '@backstage/plugin-signals-react';
import { act } from '@testing-library/react';

type OnMessage = Parameters<SignalApi['subscribe']>[1];

/** A signal API whose messages the test sends, as the signals backend would push them. */
export function mockSignalApi() {
  const subscribers = new Set<{ channel: string; onMessage: OnMessage }>();
  const api: SignalApi = {
    subscribe(channel, onMessage) {
      const subscriber = { channel, onMessage: onMessage as OnMessage };
      subscribers.add(subscriber);
      return { unsubscribe: () => subscribers.delete(subscriber) };
    },
  };
  const send = (channel: string, message: Parameters<OnMessage>[0]) =>
    act(() =>
      subscribers.forEach(s => s.channel === channel && s.onMessage(message)),
    );
  return { api, send };
}
