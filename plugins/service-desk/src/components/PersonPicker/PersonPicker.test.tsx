import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { mockDeskApi, renderDesk } from '../../__testUtils__/fixtures';
import { people } from '../../__testUtils__/people';
import { PersonPicker, PersonPickerProps } from './PersonPicker';

function Picker(
  props: Omit<PersonPickerProps, 'value' | 'onChange' | 'label'> & {
    initial?: string;
    onChange: (ref: string | null) => void;
  },
) {
  const { initial, onChange, ...rest } = props;
  const [value, setValue] = useState<string | null>(initial ?? null);
  return (
    <PersonPicker
      {...rest}
      label="Person"
      value={value}
      onChange={ref => {
        setValue(ref);
        onChange(ref);
      }}
    />
  );
}

const render = (element: JSX.Element) =>
  renderDesk(element, mockDeskApi(), { entities: people });

const optionNames = () => screen.getAllByRole('option').map(o => o.textContent);

describe('PersonPicker', () => {
  it('offers the candidates by display name and finds them by name or by id', async () => {
    const onChange = jest.fn();
    await render(
      <Picker
        candidates={['user:default/ma.chao', 'he.jun', 'user:default/ghost']}
        onChange={onChange}
      />,
    );
    const input = screen.getByLabelText('Person');
    await userEvent.click(input);
    // By pinyin; a candidate the catalog does not know keeps its id.
    await waitFor(() =>
      expect(optionNames()).toEqual([
        '何军 he.jun',
        '马超 ma.chao',
        'ghost ghost',
      ]),
    );
    await userEvent.type(input, 'ma.c');
    expect(optionNames()).toEqual(['马超 ma.chao']);
    await userEvent.clear(input);
    await userEvent.type(input, '何');
    expect(optionNames()).toEqual(['何军 he.jun']);
    await userEvent.click(screen.getByRole('option', { name: /何军/ }));
    expect(onChange).toHaveBeenLastCalledWith('user:default/he.jun');
    expect(input).toHaveValue('何军');
  });

  it('offers the members of a group without the people it excludes', async () => {
    await render(
      <Picker
        filter={{
          memberOf: ['group:default/ems-team'],
          exclude: ['user:default/zhang.wei'],
        }}
        onChange={jest.fn()}
      />,
    );
    await userEvent.click(screen.getByLabelText('Person'));
    await waitFor(() =>
      expect(optionNames()).toEqual(['何军 he.jun', '马超 ma.chao']),
    );
  });

  it('shows a chosen person outside the offered ones by catalog name', async () => {
    await render(
      <Picker
        initial="user:default/zhang.wei"
        candidates={['user:default/he.jun']}
        onChange={jest.fn()}
      />,
    );
    expect(screen.getByLabelText('Person')).toHaveValue('张伟');
  });

  it('shows the chosen person by name, and clears to null', async () => {
    const onChange = jest.fn();
    await render(
      <Picker initial="user:default/zhang.wei" onChange={onChange} />,
    );
    const input = screen.getByLabelText('Person');
    await waitFor(() => expect(input).toHaveValue('张伟'));
    await userEvent.clear(input);
    await userEvent.click(document.body);
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(null));
  });
});
