import {
  appLanguageApiRef,
  errorApiRef,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import { TestApiProvider, mockApis } from '@backstage/test-utils';
import { deskTimeToUtc } from '@internal/plugin-service-desk-common';
import {
  fireEvent,
  render as renderPlain,
  screen,
  within,
} from '@testing-library/react';
import { ReactElement, useState } from 'react';
import { DeskDateTimeField } from './DeskDateTimeField';

const render = (element: ReactElement) =>
  renderPlain(
    <TestApiProvider
      apis={[
        [translationApiRef, mockApis.translation()],
        [errorApiRef, { post: jest.fn() }],
        [appLanguageApiRef, { getLanguage: () => ({ language: 'en' }) }],
      ]}
    >
      {element}
    </TestApiProvider>,
  );

/** A form that keeps the typed text and shows what it would send. */
function Harness(props: { dateOnly?: boolean }) {
  const [text, setText] = useState('');
  return (
    <>
      <DeskDateTimeField
        id="when"
        label="When"
        value={text}
        onChange={setText}
        timeZone="Asia/Shanghai"
        dateOnly={props.dateOnly}
        invalidText="Enter yyyy-MM-dd HH:mm"
        helperText="In Asia/Shanghai"
      />
      <output data-testid="sent">{deskTimeToUtc(text, 'Asia/Shanghai')}</output>
    </>
  );
}

describe('DeskDateTimeField', () => {
  it('reads a 24-hour time in the desk zone and yields its UTC instant', () => {
    render(<Harness />);
    const input = screen.getByLabelText('When');
    expect(input.getAttribute('placeholder')).toBe('yyyy-MM-dd HH:mm');
    expect(input.getAttribute('type')).not.toBe('datetime-local');
    fireEvent.change(input, { target: { value: '2026-12-02 02:48' } });
    fireEvent.blur(input);
    expect(screen.getByTestId('sent').textContent).toBe(
      '2026-12-01T18:48:00.000Z',
    );
    expect(screen.getByText('In Asia/Shanghai')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('says how to write it once an unreadable time is left', () => {
    render(<Harness />);
    const input = screen.getByLabelText('When');
    fireEvent.change(input, { target: { value: '12/02/2026 2:48 AM' } });
    expect(screen.queryByText('Enter yyyy-MM-dd HH:mm')).toBeNull();
    fireEvent.blur(input);
    expect(screen.getByText('Enter yyyy-MM-dd HH:mm')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('sent').textContent).toBe('');
  });

  it('takes a day alone as a date-only field', () => {
    render(<Harness dateOnly />);
    const input = screen.getByLabelText('When');
    expect(input.getAttribute('placeholder')).toBe('yyyy-MM-dd');
    fireEvent.change(input, { target: { value: '2026-12-02' } });
    fireEvent.blur(input);
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
    fireEvent.change(input, { target: { value: '2026-13-02' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('picks a day, hour and minute from its calendar, in the desk zone', () => {
    render(<Harness />);
    const input = screen.getByLabelText('When');
    fireEvent.change(input, { target: { value: '2026-12-02 02:48' } });
    fireEvent.click(
      screen.getByRole('button', { name: 'Pick from a calendar' }),
    );
    const calendar = screen.getByRole('group', {
      name: 'Pick from a calendar',
    });
    expect(within(calendar).getByText('2026-12')).toBeTruthy();
    fireEvent.click(
      within(calendar).getByRole('button', { name: 'Previous month' }),
    );
    fireEvent.click(
      within(calendar).getByRole('button', { name: '2026-11-30' }),
    );
    expect((input as HTMLInputElement).value).toBe('2026-11-30 02:48');
    fireEvent.change(within(calendar).getByLabelText('Hour'), {
      target: { value: '23' },
    });
    fireEvent.change(within(calendar).getByLabelText('Minute'), {
      target: { value: '5' },
    });
    expect((input as HTMLInputElement).value).toBe('2026-11-30 23:05');
    // 23:05 on 30 November in Shanghai is 15:05 UTC the same day.
    expect(screen.getByTestId('sent').textContent).toBe(
      '2026-11-30T15:05:00.000Z',
    );
  });
});
